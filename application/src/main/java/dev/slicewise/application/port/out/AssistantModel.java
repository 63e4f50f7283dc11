package dev.slicewise.application.port.out;

import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantRequest;

/**
 * Writes the assistant's answer to one turn, with who produced it. Never fails for a provider's sake: whatever
 * happens to a remote model, an adapter answers (in the end with the embedded engine) and says so in the provenance.
 */
public interface AssistantModel {

    AssistantAnswer answer(AssistantRequest request);
}
