package dev.slicewise.adapter.llm.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slicewise.domain.plate.analysis.AdhesionAid;
import dev.slicewise.domain.plate.analysis.AdhesionRisk;
import dev.slicewise.domain.plate.analysis.Confidence;
import dev.slicewise.domain.plate.analysis.Feature;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;
import dev.slicewise.domain.plate.analysis.PlateFindings;
import dev.slicewise.domain.plate.analysis.ShapeClass;
import dev.slicewise.domain.plate.analysis.SupportNeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a vision model's structured answer must be to reach the user, and the schema it is asked to follow. */
class VisionAnswerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final VisionAnswer answers = new VisionAnswer();

    /** A valid answer for a figurine on a small stem, to be spoiled one field at a time. */
    static ObjectNode figurine() {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("support", "tree").put("support_confidence", 0.83)
                .put("adhesion_aid", "brim").put("adhesion_aid_confidence", 0.7)
                .put("shape", "organic").put("shape_confidence", 0.9);
        answer.putArray("features").add("overhangs").add("small_base");
        answer.put("content", "This is an **octopus figurine** with **curved tentacles** that overhang a **small base**."
                + " Shall I set it up with tree supports and a brim?");
        answer.put("suggested_printing_method", "Use tree supports for the curved overhangs and add a brim for bed "
                + "adhesion; keep the rest of your profile.");
        return answer;
    }

    private void assertInvalid(ObjectNode answer, String reason) {
        ProviderFailure failure = assertThrows(ProviderFailure.class, () -> answers.read(answer.toString()));
        assertEquals(ProviderFailure.Kind.GARBAGE, failure.kind());
        assertTrue(failure.getMessage().contains(reason), failure.getMessage());
    }

    @Test
    void aValidAnswer_becomesTheReply_withTheRiskThatItsAidAnswers() {
        PlateAnalysisReply reply = answers.read(figurine().toString());

        assertEquals(new PlateFindings(SupportNeed.TREE, new Confidence(0.83), AdhesionRisk.MEDIUM, AdhesionAid.BRIM,
                new Confidence(0.7), ShapeClass.ORGANIC, new Confidence(0.9),
                Set.of(Feature.OVERHANGS, Feature.SMALL_BASE)), reply.findings());
        assertEquals(figurine().path("content").asText(), reply.content());
        assertEquals(figurine().path("suggested_printing_method").asText(), reply.suggestedPrintingMethod());
    }

    @Test
    void aChineseAnswer_endingWithAFullWidthQuestionMark_andSaying3D_isValid() {
        ObjectNode answer = figurine();
        answer.put("content", "这是一个**章鱼摆件**，触手**悬垂**在**小底座**上。要按树状支撑和裙边来设置吗？");
        answer.put("suggested_printing_method", "使用树状支撑托住弯曲的悬垂部分，并加裙边提高附着力；这是常见的3D打印做法。");

        assertEquals(answer.path("content").asText(), answers.read(answer.toString()).content());
    }

    @Test
    void aRaft_meansAHighRisk_andNoAidALowOne() {
        ObjectNode raft = figurine().put("adhesion_aid", "raft");
        ObjectNode none = figurine().put("adhesion_aid", "none");

        assertEquals(AdhesionRisk.HIGH, answers.read(raft.toString()).findings().adhesionRisk());
        assertEquals(AdhesionRisk.LOW, answers.read(none.toString()).findings().adhesionRisk());
    }

    @Test
    void valuesOutsideTheEnums_failTheAnswer() {
        assertInvalid(figurine().put("support", "sideways"), "support is missing or not one of [none, normal, tree]");
        assertInvalid(figurine().put("support", "TREE"), "support is missing");
        assertInvalid(figurine().put("adhesion_aid", "skirt"), "adhesion_aid is missing");
        assertInvalid(figurine().put("shape", "round"), "shape is missing");
        ObjectNode feature = figurine();
        feature.putArray("features").add("overhangs").add("wobbly");
        assertInvalid(feature, "features is missing or not one of");
    }

    @Test
    void missingFields_failTheAnswer() {
        for (String field : List.of("support", "support_confidence", "adhesion_aid", "adhesion_aid_confidence", "shape",
                "shape_confidence", "features", "content", "suggested_printing_method")) {
            ObjectNode answer = figurine();
            answer.remove(field);
            assertInvalid(answer, field + " is missing");
        }
    }

    @Test
    void confidencesOutsideZeroToOne_orNotNumbers_failTheAnswer() {
        assertInvalid(figurine().put("support_confidence", 1.5), "support_confidence is missing or not a number");
        assertInvalid(figurine().put("shape_confidence", -0.1), "shape_confidence");
        assertInvalid(figurine().put("adhesion_aid_confidence", "high"), "adhesion_aid_confidence");
    }

    @Test
    void contentOf500CharactersOrMore_failsTheAnswer() {
        String long500 = "**Figurine**. " + "a".repeat(500 - 14 - 1) + "?";
        assertEquals(500, long500.length());

        assertInvalid(figurine().put("content", long500), "content has 500 characters, not under 500");
        assertEquals(499, answers.read(figurine().put("content", long500.substring(1)).toString()).content().length());
    }

    @Test
    void contentThatDoesNotAskTheUserToConfirm_failsTheAnswer() {
        assertInvalid(figurine().put("content", "This is a **figurine**. Use tree supports."), "not end with a question");
        assertInvalid(figurine().put("content", "  "), "content is missing or not a text");
        assertEquals("Is this a **figurine**?**",
                answers.read(figurine().put("content", "Is this a **figurine**?**").toString()).content());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Use tree supports with a 0.2 mm top distance and a brim.",
            "Use tree supports and a brim of 5 mm.",
            "Use tree supports; set brim_type to outer_only.",
            "Use normal supports and a ５ mm brim."})
    void slicerValuesInTheMethod_failTheAnswer(String method) {
        assertInvalid(figurine().put("suggested_printing_method", method), "gives slicer values");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Rotate the model so that the tentacles face up, then use tree supports.",
            "Orient it upright and add a brim.",
            "Flip it upside down to avoid supports.",
            "Drehe das Modell und nutze Baumstützen.",
            "Posez-le sur le côté et ajoutez une bordure.",
            "Gira el modelo y usa soportes de árbol.",
            "Capovolgi il modello e usa supporti ad albero.",
            "Поверните модель и используйте древовидные поддержки.",
            "将模型旋转后使用树状支撑。",
            "調整擺放方向後使用樹狀支撐。"})
    void orientationAdviceInTheMethod_failsTheAnswer(String method) {
        assertInvalid(figurine().put("suggested_printing_method", method), "gives orientation advice");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Use normal supports for the bridge; a brim keeps the tall part from tipping over.",
            "Nutze normale Stützen und einen Brim, damit das hohe Teil nicht umkippt.",
            "Utilisez des supports arborescents et une bordure pour l'adhérence."})
    void riskWordsThatAreNotOrientationAdvice_passTheMethod(String method) {
        assertEquals(method, answers.read(figurine().put("suggested_printing_method", method).toString())
                .suggestedPrintingMethod());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "I'm sorry, I can't analyse these images.", "[1, 2]", "\"tree\"", "{\"support\":"})
    void anythingButAJsonObject_failsTheAnswer(String text) {
        assertThrows(ProviderFailure.class, () -> answers.read(text));
    }

    @Test
    void aFailureNamesTheField_neverWhatTheModelWrote() {
        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> answers.read(figurine().put("support", "secret-model-words").toString()));

        assertFalse(failure.getMessage().contains("secret-model-words"), failure.getMessage());
    }

    @Test
    void theSchema_requiresEveryField_andAllowsNoOther() {
        Map<String, Object> schema = VisionAnswer.schema();
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");

        assertEquals(List.copyOf(properties.keySet()), schema.get("required"));
        assertEquals(figurine().properties().stream().map(Map.Entry::getKey).sorted().toList(),
                properties.keySet().stream().sorted().toList());
        assertEquals(false, schema.get("additionalProperties"));
        assertEquals(Map.of("type", "string", "enum", List.of("none", "normal", "tree")), properties.get("support"));
    }
}
