package dev.slicewise.application.port.out;

import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Workflow;

/** Tells what the user wants with their latest message. */
public interface IntentClassifier {

    Classification classify(Conversation conversation, Workflow workflow);
}
