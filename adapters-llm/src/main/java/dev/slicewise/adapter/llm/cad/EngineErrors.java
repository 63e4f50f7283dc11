package dev.slicewise.adapter.llm.cad;

import dev.slicewise.application.port.out.CodeRun;

import java.util.Optional;

/** The sentences of a failed run that are the same for every engine. */
final class EngineErrors {

    /** The longest error text shown to a model or a user. */
    static final int MAX_LENGTH = 1_200;
    /** The exit code of a process killed by SIGXFSZ: it wrote past the file size bound. */
    private static final int FILE_TOO_LARGE = 128 + 25;

    private EngineErrors() {
    }

    /** The outcome's failure; empty when the process exited normally with 0. */
    static Optional<CodeRun.Failed> of(BoundedProcess.Outcome outcome, BoundedProcess process, String errors) {
        SandboxBounds bounds = process.bounds();
        if (outcome.timedOut()) {
            return Optional.of(new CodeRun.Failed("the code did not finish within " + bounds.time().toSeconds()
                    + " s (the time bound); make it simpler (fewer facets, fewer boolean operations)"));
        }
        if (outcome.exit() == FILE_TOO_LARGE) {
            return Optional.of(new CodeRun.Failed("the solid is larger than " + bounds.outputMb()
                    + " MiB of output (the output bound); make it simpler (fewer facets)"));
        }
        if (outcome.exit() != 0) {
            String text = trimmed(errors);
            return Optional.of(new CodeRun.Failed(text.isEmpty() ? "the engine stopped (exit code " + outcome.exit()
                    + "), maybe at the memory bound of " + bounds.memoryMb() + " MiB" : text));
        }
        return Optional.empty();
    }

    /** The text without blank lines at its ends, cut to {@link #MAX_LENGTH} characters. */
    static String trimmed(String text) {
        String stripped = text.strip();
        return stripped.length() <= MAX_LENGTH ? stripped : stripped.substring(0, MAX_LENGTH) + " [...]";
    }
}
