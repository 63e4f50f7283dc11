package dev.slicewise.application.port.out;

/**
 * No reply could be produced by an engine: every provider of a chain failed, or one failed after it began to answer.
 * Never carries what a model wrote or a key, only the kind of failure.
 */
public final class AssistantUnavailable extends RuntimeException {

    public AssistantUnavailable(String reason) {
        super(reason);
    }
}
