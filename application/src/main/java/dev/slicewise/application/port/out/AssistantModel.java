package dev.slicewise.application.port.out;

import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantRequest;

/**
 * An engine that answers a turn (the embedded engine, a chain of model providers), as a stream of events with who
 * produced the answer in its provenance. Which engine answers a turn, and what happens when one fails, is the
 * application's decision ({@code AssistantRouting}).
 */
public interface AssistantModel {

    /** Starts answering; a failure before the first event may be thrown here already. */
    ReplyStream stream(AssistantRequest request);

    /** The whole answer at once: the collected stream. */
    default AssistantAnswer answer(AssistantRequest request) {
        try (ReplyStream stream = stream(request)) {
            return stream.collect();
        }
    }
}
