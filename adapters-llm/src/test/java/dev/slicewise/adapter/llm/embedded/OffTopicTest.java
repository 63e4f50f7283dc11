package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever is asked off topic, in any language or workflow, no slicing setting changes and the slicer does nothing. */
class OffTopicTest {

    /** The actions of the intents: every slicing and slicer-control action. */
    private static final Set<ActionName> SLICING_OR_CONTROL = Arrays.stream(Intent.values())
            .flatMap(intent -> intent.action().stream()).collect(Collectors.toSet());

    private static final EmbeddedIntentClassifier CLASSIFIER = SharedClassifier.INSTANCE;
    private static final EmbeddedAssistantModel MODEL = new EmbeddedAssistantModel();

    static Stream<Arguments> offTopicMessages() {
        List<Arguments> messages = List.of(
                Arguments.of(Language.EN, "Write me a poem about the sea"),
                Arguments.of(Language.EN, "What's the capital of Australia?"),
                Arguments.of(Language.ZH_CN, "给我讲个笑话"),
                Arguments.of(Language.ZH_TW, "今天台北會下雨嗎？"),
                Arguments.of(Language.PT_BR, "Qual é a capital da França?"),
                Arguments.of(Language.ES, "¿Quién ganó el partido de fútbol?"),
                Arguments.of(Language.DE, "Wie wird das Wetter morgen?"),
                Arguments.of(Language.FR, "Quelle heure est-il à Tokyo ?"),
                Arguments.of(Language.IT, "Mi consigli un buon ristorante a Roma?"),
                Arguments.of(Language.RU, "Какая погода завтра в Москве?"));
        return Stream.of(Workflow.values()).flatMap(workflow -> messages.stream()
                .map(message -> Arguments.of(workflow, message.get()[0], message.get()[1])));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("offTopicMessages")
    void anOffTopicMessageNeverChangesSettingsOrControlsTheSlicer(Workflow workflow, Language language, String text) {
        Conversation conversation = Conversation.of(ChatMessage.user(text));
        Classification classification = CLASSIFIER.classify(conversation, workflow);
        if (workflow == Workflow.QUERY_INTENT) {
            assertTrue(Set.of(Intent.OFF_TOPIC, Intent.UNCLEAR).contains(classification.intent()),
                    classification.toString());
        }
        assertNoSlicingOrControl(reply(conversation, workflow, classification, language));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("offTopicMessages")
    void anOffTopicClassificationFromAnyClassifierIsAnsweredWithoutSlicingOrControl(Workflow workflow,
                                                                                   Language language, String text) {
        Conversation conversation = Conversation.of(ChatMessage.user(text));
        assertNoSlicingOrControl(reply(conversation, workflow, new Classification(Intent.OFF_TOPIC, 1), language));
    }

    private static AssistantReply reply(Conversation conversation, Workflow workflow, Classification classification,
                                        Language language) {
        return MODEL.reply(Fixtures.request(conversation, workflow, classification,
                Optional.of(Fixtures.standardPla()), Fixtures.onePlateWithACube(), language));
    }

    private static void assertNoSlicingOrControl(AssistantReply reply) {
        assertTrue(reply.recommendation().isEmpty(), reply.toString());
        assertTrue(reply.actions().stream().noneMatch(action -> SLICING_OR_CONTROL.contains(action.name())),
                reply.toString());
    }
}
