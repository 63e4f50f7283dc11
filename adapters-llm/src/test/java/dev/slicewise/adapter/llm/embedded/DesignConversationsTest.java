package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.ModelChoice;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.LengthUnit;
import dev.slicewise.domain.cad.Part;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.cad.PartFamily;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Design turns in the nine languages, classified and answered as the service does: a request is classified
 * {@code generate_model} and answered with a sentence in its language naming the part and its size, and the part's
 * code; a follow-up on the session's last part is a design turn whatever the model makes of it and changes that part;
 * a part past a limit and a message that names no part are answered in the user's language without code.
 */
class DesignConversationsTest {

    private static final EmbeddedIntentClassifier CLASSIFIER = SharedClassifier.INSTANCE;
    private static final Part GEAR = Part.defaults(PartFamily.SPUR_GEAR);

    static Stream<Arguments> boxRequests() {
        return Stream.of(
                Arguments.of(Language.EN, "design a box 80 x 60 x 40 mm for my screws"),
                Arguments.of(Language.ZH_CN, "帮我设计一个80x60x40毫米的盒子"),
                Arguments.of(Language.ZH_TW, "幫我設計一個80x60x40毫米的盒子"),
                Arguments.of(Language.PT_BR, "projete uma caixa de 80 x 60 x 40 mm para parafusos"),
                Arguments.of(Language.ES, "diseña una caja de 80 x 60 x 40 mm para tornillos"),
                Arguments.of(Language.DE, "entwirf eine Box 80 x 60 x 40 mm für Schrauben"),
                Arguments.of(Language.FR, "conçois une boîte de 80 x 60 x 40 mm pour des vis"),
                Arguments.of(Language.IT, "progetta una scatola 80 x 60 x 40 mm per le viti"),
                Arguments.of(Language.RU, "спроектируй коробку 80 x 60 x 40 мм для винтов"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("boxRequests")
    void aDesignRequest_isDesigned_andNamedInTheUsersLanguage(Language language, String message) {
        Conversation conversation = Conversation.of(ChatMessage.user(message));
        Classification classification = CLASSIFIER.classify(conversation, Workflow.QUERY_INTENT);

        AssistantReply reply = Turns.reply(request(conversation, classification, CodeLanguage.JSCAD, language));

        assertEquals(Intent.GENERATE_MODEL, classification.intent(), message);
        Part part = reply.code().flatMap(PartCode::part).orElseThrow(() -> new AssertionError(reply.content()));
        assertEquals(Map.of("width", 80.0, "depth", 60.0, "height", 40.0), Map.of("width", part.value("width"),
                "depth", part.value("depth"), "height", part.value("height")));
        assertEquals(CodeLanguage.JSCAD, reply.code().orElseThrow().language());
        assertTrue(reply.code().orElseThrow().text().contains("function main()"), reply.code().orElseThrow().text());
        assertTrue(reply.content().contains(ReplyTexts.in(language).text("design.family.BOX")), reply.content());
        assertTrue(reply.content().contains("80 × 60 × 40 mm"), reply.content());
    }

    static Stream<Arguments> followUps() {
        return Stream.of(
                Arguments.of("make the teeth longer", "addendum", 1.25, LengthUnit.MM),
                Arguments.of("die Zähne länger machen", "addendum", 1.25, LengthUnit.MM),
                Arguments.of("齿加长一点", "addendum", 1.25, LengthUnit.MM),
                Arguments.of("сделай зубья короче", "addendum", 0.75, LengthUnit.MM),
                Arguments.of("i denti più lunghi per favore", "addendum", 1.25, LengthUnit.MM),
                Arguments.of("10 mm taller", "thickness", 18.0, LengthUnit.MM),
                Arguments.of("now 30 teeth", "teeth", 30.0, LengthUnit.MM),
                Arguments.of("add a 6 mm hole in the middle", "bore", 6.0, LengthUnit.MM),
                Arguments.of("now in inches", "teeth", 20.0, LengthUnit.INCH),
                Arguments.of("em polegadas", "teeth", 20.0, LengthUnit.INCH),
                Arguments.of("en pulgadas", "teeth", 20.0, LengthUnit.INCH),
                Arguments.of("en pouces", "teeth", 20.0, LengthUnit.INCH),
                Arguments.of("換成英寸", "teeth", 20.0, LengthUnit.INCH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("followUps")
    void aFollowUp_changesTheSessionsLastPart_whateverTheModelSays(String message, String parameter, double value,
                                                                   LengthUnit unit) {
        Conversation conversation = afterAGear(message);
        Classification classification = CLASSIFIER.classify(conversation, Workflow.QUERY_INTENT);

        AssistantReply reply = Turns.reply(request(conversation, classification, CodeLanguage.JSCAD));

        assertEquals(Intent.GENERATE_MODEL, classification.intent(), message);
        Part part = reply.code().flatMap(PartCode::part).orElseThrow(() -> new AssertionError(reply.content()));
        assertEquals(value, part.value(parameter), 1e-9);
        assertEquals(unit, part.unit());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeLanguages")
    void aCodeLanguageAlone_writesTheLastPartAgainInIt(String message) {
        Conversation conversation = afterAGear(message);
        Classification classification = CLASSIFIER.classify(conversation, Workflow.QUERY_INTENT);

        AssistantReply reply = Turns.reply(request(conversation, classification, CodeLanguage.OPENSCAD));

        assertEquals(Intent.GENERATE_MODEL, classification.intent());
        assertEquals(Optional.of(GEAR), reply.code().flatMap(PartCode::part));
        assertEquals(CodeLanguage.OPENSCAD, reply.code().orElseThrow().language());
        assertTrue(reply.code().orElseThrow().text().contains("module "), reply.code().orElseThrow().text());
    }

    static Stream<String> codeLanguages() {
        return Stream.of("in OpenSCAD", "now in openscad please", "jetzt als OpenSCAD", "用OpenSCAD");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherTurns")
    void aMessageThatChangesNothingOfThePart_isNoFollowUp(String message) {
        Classification classification = CLASSIFIER.classify(afterAGear(message), Workflow.QUERY_INTENT);

        assertNotEquals(Intent.GENERATE_MODEL, classification.intent(), message);
    }

    static Stream<String> otherTurns() {
        return Stream.of("slice it", "thanks, looks good", "what layer height should I use?");
    }

    static Stream<Arguments> unknownParts() {
        return Stream.of(
                Arguments.of(Language.EN, "design something cool for me"),
                Arguments.of(Language.DE, "entwirf mir etwas Schönes"),
                Arguments.of(Language.ZH_CN, "帮我设计个东西"),
                Arguments.of(Language.RU, "спроектируй мне что-нибудь"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unknownParts")
    void aMessageThatNamesNoPart_asksForIt_andListsWhatCanBeDesigned(Language language, String message) {
        AssistantReply reply = Turns.reply(request(Conversation.of(ChatMessage.user(message)),
                new Classification(Intent.GENERATE_MODEL, 0.9), CodeLanguage.JSCAD, language));

        assertTrue(reply.code().isEmpty());
        ReplyTexts texts = ReplyTexts.in(language);
        assertTrue(reply.content().startsWith(texts.text("design.unknown", "").substring(0, 12)), reply.content());
        for (PartFamily family : PartFamily.values()) {
            assertTrue(reply.content().contains(texts.text("design.family." + family.name())), reply.content());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedParts")
    void aPartPastALimit_isRefusedWithTheReason_inTheUsersLanguage(Language language, String message, String reason) {
        AssistantReply reply = Turns.reply(request(Conversation.of(ChatMessage.user(message)),
                new Classification(Intent.GENERATE_MODEL, 0.9), CodeLanguage.JSCAD, language));

        assertTrue(reply.code().isEmpty());
        assertTrue(reply.content().contains(ReplyTexts.in(language).text("design.family.SPUR_GEAR")), reply.content());
        assertTrue(reply.content().contains(reason), reply.content());
    }

    static Stream<Arguments> refusedParts() {
        return Stream.of(
                Arguments.of(Language.EN, "design a gear with 4 teeth", "teeth 4 is outside 6 to 200"),
                Arguments.of(Language.ES, "diseña un engranaje de 4 dientes", "teeth 4 is outside 6 to 200"),
                Arguments.of(Language.ZH_TW, "設計一個4齒的齒輪", "teeth 4 is outside 6 to 200"));
    }

    private static Conversation afterAGear(String message) {
        return new Conversation(List.of(ChatMessage.user("design a gear with 20 teeth"),
                ChatMessage.assistant("Here is your spur gear with 20 teeth."), ChatMessage.user(message)),
                Optional.of(GEAR));
    }

    private static AssistantRequest request(Conversation conversation, Classification classification,
                                            CodeLanguage codeLanguage) {
        return request(conversation, classification, codeLanguage, Language.EN);
    }

    /** A turn as the service prepares it; {@code language} is the session's, for a message too short to tell. */
    private static AssistantRequest request(Conversation conversation, Classification classification,
                                            CodeLanguage codeLanguage, Language language) {
        AssistantRequest plain = Fixtures.request(conversation, Workflow.QUERY_INTENT, classification,
                Optional.empty(), List.of(), language);
        return new AssistantRequest(plain.conversation(), plain.workflow(), plain.classification(),
                plain.slicingProfiles(), plain.plates(), plain.language(), plain.troubleshooting(), ModelChoice.ROUTED,
                codeLanguage);
    }
}
