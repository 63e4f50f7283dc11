package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;

/**
 * What one attempt at an idempotent request answered, in the door's own terms ({@code R}): an answer to keep, whose
 * body a retry gets again, or an answer not to keep (nothing was charged: a retry runs again).
 */
public sealed interface Attempt<R> {

    /** A success: {@code body} is kept for the retries, {@code response} is sent now (with that body). */
    record Keep<R>(String body, R response) implements Attempt<R> {
        public Keep {
            Require.present(body, "body");
            Require.present(response, "response");
        }
    }

    /** Anything else (refused, bad input, a failed charge): sent, not kept. */
    record Pass<R>(R response) implements Attempt<R> {
        public Pass {
            Require.present(response, "response");
        }
    }
}
