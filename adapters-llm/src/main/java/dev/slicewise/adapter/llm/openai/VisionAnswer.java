package dev.slicewise.adapter.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slicewise.domain.plate.analysis.AdhesionAid;
import dev.slicewise.domain.plate.analysis.AdhesionRisk;
import dev.slicewise.domain.plate.analysis.Confidence;
import dev.slicewise.domain.plate.analysis.Feature;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;
import dev.slicewise.domain.plate.analysis.PlateFindings;
import dev.slicewise.domain.plate.analysis.ShapeClass;
import dev.slicewise.domain.plate.analysis.SupportNeed;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The vision model's answer: the JSON schema it is asked to follow (structured output, made from the domain's enums),
 * and the reading of what it wrote, as strict as for every model output. Anything the partner API could not send as
 * it is fails the answer, and the chain moves on (in the end to the embedded engine): a value outside the enums, a
 * missing field, a confidence outside 0 to 1, a {@code content} that is empty, {@value PlateAnalysisReply#MAX_CONTENT}
 * characters or more, or not ending with a question, and a {@code suggested_printing_method} that gives slicer values
 * (numbers, setting keys) or orientation advice, which the spec forbids there. A failure's reason names the field,
 * never what the model wrote.
 */
final class VisionAnswer {

    static final String SUPPORT = "support";
    static final String ADHESION_AID = "adhesion_aid";
    static final String SHAPE = "shape";
    static final String FEATURES = "features";
    static final String CONTENT = "content";
    static final String METHOD = "suggested_printing_method";
    private static final String CONFIDENCE = "_confidence";

    /** Digits are slicer values ("0.2 mm", "3 layers", "60 °C"); the "3D" of "3D print" is not. */
    private static final Pattern THREE_D = Pattern.compile("(?<![A-Za-z0-9])3[dD](?![A-Za-z0-9])");
    /** A setting's key ({@code brim_width}, {@code enable_support}): a slicer value by name. */
    private static final Pattern SETTING_KEY = Pattern.compile("(?<![A-Za-z0-9_])[a-z][a-z0-9]*(_[a-z0-9]+)+");
    /**
     * Orientation advice in the nine languages (orient, rotate, flip, upside down, on its side, ...), as stems that
     * start a word; the Chinese ones anywhere. Words that describe a risk (it may tip over) are not advice and are
     * not listed.
     */
    private static final Pattern ORIENTATION = Pattern.compile("(?iu)(?<!\\p{L})(orient|rotat|rotaç|rota[crz]|flip"
            + "|upside.down|on its side|turn it over|face.down|ausricht|dreh|umdreh|kopfüber|auf die seite|pivot"
            + "|retourn|tourn|à l'envers|sur le côté|gira|gire|voltea|boca abajo|de lado|de costado|ruot|capovolg"
            + "|sottosopra|di lato|vire|virar|de cabeça para baixo|ориент|поверн|перевер|вращ|разверн|на бок)"
            + "|方向|朝向|旋转|旋轉|翻转|翻轉|倒置|侧放|側放|摆放|擺放");

    private final ObjectMapper json = new ObjectMapper();

    /** The schema of the answer, for {@code response_format} (strict: every field required, no other field). */
    static Map<String, Object> schema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(SUPPORT, enumeration(SupportNeed.values()));
        properties.put(SUPPORT + CONFIDENCE, Map.of("type", "number"));
        properties.put(ADHESION_AID, enumeration(AdhesionAid.values()));
        properties.put(ADHESION_AID + CONFIDENCE, Map.of("type", "number"));
        properties.put(SHAPE, enumeration(ShapeClass.values()));
        properties.put(SHAPE + CONFIDENCE, Map.of("type", "number"));
        properties.put(FEATURES, Map.of("type", "array", "items", enumeration(Feature.values())));
        properties.put(CONTENT, Map.of("type", "string"));
        properties.put(METHOD, Map.of("type", "string"));
        return Map.of("type", "object", "properties", properties, "required", List.copyOf(properties.keySet()),
                "additionalProperties", false);
    }

    /** The reply the model's text makes, or a {@link ProviderFailure} of kind garbage that says what is wrong. */
    PlateAnalysisReply read(String text) {
        JsonNode answer;
        try {
            answer = json.readTree(text == null || text.isBlank() ? "null" : text);
        } catch (JsonProcessingException e) {
            throw invalid("the answer is not JSON");
        }
        if (answer == null || !answer.isObject()) {
            throw invalid("the answer is not a JSON object");
        }
        AdhesionAid aid = choice(answer.path(ADHESION_AID), ADHESION_AID, AdhesionAid.values());
        PlateFindings findings = new PlateFindings(
                choice(answer.path(SUPPORT), SUPPORT, SupportNeed.values()), confidence(answer, SUPPORT),
                risk(aid), aid, confidence(answer, ADHESION_AID),
                choice(answer.path(SHAPE), SHAPE, ShapeClass.values()), confidence(answer, SHAPE),
                features(answer.path(FEATURES)));
        return new PlateAnalysisReply(findings, content(answer), method(answer));
    }

    /**
     * The aid answers the risk: no aid for a low one, a brim for a medium one, a raft for a high one. The model is not
     * asked for both, so that they cannot contradict each other.
     */
    private static AdhesionRisk risk(AdhesionAid aid) {
        return switch (aid) {
            case NONE -> AdhesionRisk.LOW;
            case BRIM -> AdhesionRisk.MEDIUM;
            case RAFT -> AdhesionRisk.HIGH;
        };
    }

    private static String content(JsonNode answer) {
        String content = text(answer, CONTENT);
        if (content.length() >= PlateAnalysisReply.MAX_CONTENT) {
            throw invalid(CONTENT + " has " + content.length() + " characters, not under "
                    + PlateAnalysisReply.MAX_CONTENT);
        }
        String end = content.replaceAll("[\\s*\"'»」』)]+$", "");
        if (end.isEmpty() || "?？".indexOf(end.charAt(end.length() - 1)) < 0) {
            throw invalid(CONTENT + " does not end with a question");
        }
        return content;
    }

    private static String method(JsonNode answer) {
        String method = text(answer, METHOD);
        if (method.length() >= PlateAnalysisReply.MAX_CONTENT) {
            throw invalid(METHOD + " has " + method.length() + " characters, not under "
                    + PlateAnalysisReply.MAX_CONTENT);
        }
        if (THREE_D.matcher(method).replaceAll("").chars().anyMatch(Character::isDigit)
                || SETTING_KEY.matcher(method).find()) {
            throw invalid(METHOD + " gives slicer values");
        }
        if (ORIENTATION.matcher(method).find()) {
            throw invalid(METHOD + " gives orientation advice");
        }
        return method;
    }

    private static String text(JsonNode answer, String field) {
        JsonNode node = answer.path(field);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw invalid(field + " is missing or not a text");
        }
        return node.asText().strip();
    }

    private static <E extends Enum<E>> E choice(JsonNode node, String field, E[] values) {
        Optional<E> value = node.isTextual() ? Arrays.stream(values)
                .filter(candidate -> wireName(candidate).equals(node.asText())).findFirst() : Optional.empty();
        return value.orElseThrow(() -> invalid(field + " is missing or not one of " + wireNames(values)));
    }

    private static Confidence confidence(JsonNode answer, String field) {
        JsonNode node = answer.path(field + CONFIDENCE);
        if (!node.isNumber() || !(node.asDouble() >= 0 && node.asDouble() <= 1)) {
            throw invalid(field + CONFIDENCE + " is missing or not a number from 0 to 1");
        }
        return new Confidence(node.asDouble()).rounded();
    }

    private static Set<Feature> features(JsonNode node) {
        if (!node.isArray()) {
            throw invalid(FEATURES + " is missing or not an array");
        }
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        for (JsonNode element : node) {
            features.add(choice(element, FEATURES, Feature.values()));
        }
        return features;
    }

    private static Map<String, Object> enumeration(Enum<?>[] values) {
        return Map.of("type", "string", "enum", wireNames(values));
    }

    private static List<String> wireNames(Enum<?>[] values) {
        return Arrays.stream(values).map(VisionAnswer::wireName).toList();
    }

    /** {@code TALL_AND_THIN} is {@code tall_and_thin} on the wire. */
    static String wireName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static ProviderFailure invalid(String reason) {
        return new ProviderFailure(ProviderFailure.Kind.GARBAGE, "invalid plate analysis: " + reason);
    }
}
