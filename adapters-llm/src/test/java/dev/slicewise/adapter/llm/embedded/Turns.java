package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.Optional;

/** One turn of the embedded model with a given classification, for the tests of one kind of reply. */
final class Turns {

    private static final EmbeddedAssistantModel MODEL = new EmbeddedAssistantModel();

    private Turns() {
    }

    static AssistantReply reply(Intent intent, String userText) {
        return reply(intent, userText, Language.EN, Fixtures.standardPla());
    }

    static AssistantReply reply(Intent intent, String userText, Language language) {
        return reply(intent, userText, language, Fixtures.standardPla());
    }

    static AssistantReply reply(Intent intent, String userText, Language language, SlicingProfiles profiles) {
        return MODEL.reply(Fixtures.request(Conversation.of(ChatMessage.user(userText)), Workflow.QUERY_INTENT,
                new Classification(intent, 0.9), Optional.of(profiles), Fixtures.onePlateWithACube(), language));
    }

    static AssistantReply reply(AssistantRequest request) {
        return MODEL.reply(request);
    }

    static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
