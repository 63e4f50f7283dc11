package dev.slicewise.application.port.out;

import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;

/** Writes the assistant's answer to one turn. */
public interface AssistantModel {

    AssistantReply reply(AssistantRequest request);
}
