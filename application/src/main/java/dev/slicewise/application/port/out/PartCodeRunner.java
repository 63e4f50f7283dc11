package dev.slicewise.application.port.out;

import dev.slicewise.domain.cad.CodeLanguage;

/**
 * An engine that runs part code of one language in a sandbox (a separate process with a time and a memory bound and
 * no file, process or network access from the code) and tells whether it builds a solid: the checks of a part a
 * model wrote, and the STL export. A language without a configured engine has no runner; nothing pretends to run it.
 */
public interface PartCodeRunner {

    /** The language this runner runs. */
    CodeLanguage language();

    /**
     * Runs the code: {@link CodeRun.Built} with the solid as STL when it builds a non-empty solid,
     * {@link CodeRun.Refused} when it uses what the sandbox does not allow (it is then not run),
     * {@link CodeRun.Failed} with the engine's error otherwise.
     */
    CodeRun run(String code);
}
