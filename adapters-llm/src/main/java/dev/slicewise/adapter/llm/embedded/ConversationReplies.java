package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;

import java.util.List;

/** The replies that need no slicing profiles: greetings, general questions, off-topic and unclear messages. */
final class ConversationReplies {

    /** What the assistant offers when it greets or redirects: what users most come for. */
    static final List<Intent> MENU = List.of(Intent.DETERMINE_SLICING_SETTINGS, Intent.RETRIEVE_SLICING_SETTINGS,
            Intent.PRINT_ISSUE, Intent.SLICE_MODEL);

    private final Vocabulary vocabulary;

    ConversationReplies(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    AssistantReply greet(ReplyTexts texts) {
        return AssistantReply.text(texts.text("greeting"), List.of(AgentAction.chooseFrom(texts.options(MENU))));
    }

    /** A short answer when the question is about a topic the assistant knows, else what it can help with. */
    AssistantReply answer(NormalisedText question, ReplyTexts texts) {
        String key = vocabulary.topicIn(question).map(topic -> "general." + topic.name()).orElse("general.fallback");
        return AssistantReply.text(texts.text(key), List.of());
    }

    /** Declines politely and offers what the assistant is for; never a slicing or slicer action. */
    AssistantReply decline(ReplyTexts texts) {
        return AssistantReply.text(texts.text("offTopic"), List.of(AgentAction.chooseFrom(texts.options(MENU))));
    }

    /** Asks which of the likely intents the user meant, or offers the menu when the message points at none. */
    AssistantReply clarify(Classification classification, ReplyTexts texts) {
        List<Intent> candidates = classification.alternatives().isEmpty() ? MENU : classification.alternatives();
        return AssistantReply.text(texts.text("unclear"), List.of(AgentAction.chooseFrom(texts.options(candidates))));
    }
}
