package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;

/** What became of an idempotent request, in the door's own terms ({@code R}). */
public sealed interface Idempotent<R> {

    /** The key was free: the request ran and this is its answer. */
    record Ran<R>(R response) implements Idempotent<R> {
        public Ran {
            Require.present(response, "response");
        }
    }

    /** A retry of a request that was answered: the body kept of that answer, nothing run again. */
    record Replayed<R>(String body) implements Idempotent<R> {
        public Replayed {
            Require.present(body, "body");
        }
    }

    /** The first request with this key has not finished yet. */
    record StillRunning<R>() implements Idempotent<R> {
    }

    /** The key was used by a request with another body. */
    record KeyReused<R>() implements Idempotent<R> {
    }
}
