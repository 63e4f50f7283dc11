package dev.slicewise.application.port.out;

import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;

/**
 * Keeps a reply that a model provider wrote to the troubleshooting step the domain decided for the turn
 * ({@link AssistantRequest#troubleshooting()}): the step's own texts, actions and settings, with the model's words.
 * A turn without a step keeps the reply as it is.
 */
public interface TroubleshootingWording {

    AssistantReply keptToStep(AssistantReply written, AssistantRequest request);
}
