package dev.slicewise.domain.summary;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.knowledge.defects.Cause;
import dev.slicewise.domain.knowledge.defects.DiagnosticQuestion;

/** What the assistant's latest troubleshooting message waits for from the user. */
public sealed interface Awaiting {

    /** An answer to a question it asked. */
    record Answer(DiagnosticQuestion question) implements Awaiting {
        public Answer {
            Require.present(question, "question");
        }
    }

    /** How the fix it proposed for the cause worked out. */
    record Outcome(Cause cause) implements Awaiting {
        public Outcome {
            Require.present(cause, "cause");
        }
    }

    /** A description of the problem, which it asked for. */
    record Problem() implements Awaiting {
    }

    /** Nothing in particular: no troubleshooting step, or one that asked nothing. */
    record Nothing() implements Awaiting {
    }
}
