package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.adapter.llm.embedded.cad.PartFollowUp;
import dev.slicewise.adapter.llm.embedded.cad.PartRequestReader;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.LengthUnit;
import dev.slicewise.domain.cad.Part;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.cad.PartDesign;
import dev.slicewise.domain.cad.PartFamily;
import dev.slicewise.domain.cad.PartGeometry;
import dev.slicewise.domain.cad.PartRequest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The embedded engine's answer to a design turn: a follow-up on the session's last part when the message changes it
 * ({@link PartFollowUp}), else the part the message asks for ({@link PartRequestReader}). A designed part is answered
 * with one sentence naming it and its overall size in the asked unit (a box's own, with its lid beside it), and its
 * code in the turn's code language; a part past a limit with the reasons (the domain's sentences, which name the
 * code's parameters); a message that names no part the engine knows with a request to name one and its sizes, and the
 * list of what it designs.
 */
final class DesignReplies {

    private final PartRequestReader requests = new PartRequestReader();
    private final PartFollowUp followUps = new PartFollowUp();

    AssistantReply reply(AssistantRequest request, String message, ReplyTexts texts) {
        Optional<PartDesign> design = request.conversation().lastPart()
                .flatMap(last -> followUps.read(message, last))
                .or(() -> requests.read(message).map(PartRequest::design));
        if (design.isEmpty()) {
            return AssistantReply.text(texts.text("design.unknown", families(texts)), List.of());
        }
        return switch (design.get()) {
            case PartDesign.Designed designed -> designed(designed.part(), request.codeLanguage(), texts);
            case PartDesign.Refused refused -> AssistantReply.text(texts.text("design.refused",
                    texts.text("design.family." + refused.family().name()), String.join("; ", refused.reasons())),
                    List.of());
        };
    }

    private static AssistantReply designed(Part part, CodeLanguage language, ReplyTexts texts) {
        String name = part.family() == PartFamily.SPUR_GEAR
                ? texts.text("design.gear", whole(part.value("teeth")))
                : texts.text("design.family." + part.family().name());
        String size = part.geometry().measures().solids() > 1
                ? boxSize(part) + " " + texts.text("design.lid")
                : size(part);
        String content = texts.text("design.done", name, size,
                language == CodeLanguage.JSCAD ? "JSCAD" : "OpenSCAD");
        return new AssistantReply(content, List.of(), Optional.empty(), List.of(),
                Optional.of(PartCode.of(part, language)));
    }

    /** The overall size in the part's unit: "60 × 40 × 30 mm", or "Ø 40 × 8 mm" for a round part. */
    private static String size(Part part) {
        PartGeometry.Measures measures = part.geometry().measures();
        LengthUnit unit = part.unit();
        String height = shown(unit.fromMillimetres(measures.sizeZ()), unit);
        String suffix = " " + unit.suffix();
        if (measures.round()) {
            return "Ø " + shown(unit.fromMillimetres(measures.sizeX()), unit) + " × " + height + suffix;
        }
        return shown(unit.fromMillimetres(measures.sizeX()), unit) + " × "
                + shown(unit.fromMillimetres(measures.sizeY()), unit) + " × " + height + suffix;
    }

    /** A box's own size, without the lid printed beside it. */
    private static String boxSize(Part part) {
        LengthUnit unit = part.unit();
        return shown(unit.fromMillimetres(part.value("width")), unit) + " × "
                + shown(unit.fromMillimetres(part.value("depth")), unit) + " × "
                + shown(unit.fromMillimetres(part.value("height")), unit) + " " + unit.suffix();
    }

    /** A length as people write it: two decimals at most (three in inches), no trailing zeros. */
    private static String shown(double value, LengthUnit unit) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(unit == LengthUnit.INCH ? 3 : 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    private static String whole(double value) {
        return Long.toString(Math.round(value));
    }

    private static String families(ReplyTexts texts) {
        return texts.list(Arrays.stream(PartFamily.values())
                .map(family -> texts.text("design.family." + family.name())).toList());
    }
}
