package dev.slicewise.application.port.in;

/** What became of an idempotent request. */
public sealed interface Idempotent {

    /** The key was free: the request ran and this is its answer. */
    record Ran(RecordedResponse response) implements Idempotent {
    }

    /** A retry of a request that was answered: the stored answer, nothing run again. */
    record Replayed(RecordedResponse response) implements Idempotent {
    }

    /** The first request with this key has not finished yet. */
    record StillRunning() implements Idempotent {
    }

    /** The key was used by a request with another body. */
    record KeyReused() implements Idempotent {
    }
}
