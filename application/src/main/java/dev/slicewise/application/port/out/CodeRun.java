package dev.slicewise.application.port.out;

import dev.slicewise.domain.Require;

/** What running part code gave ({@link PartCodeRunner#run}). */
public sealed interface CodeRun {

    /**
     * The code built a non-empty solid.
     *
     * @param stl the solid as binary STL
     */
    record Built(byte[] stl) implements CodeRun {

        public Built {
            Require.present(stl, "stl");
            if (stl.length == 0) {
                throw new IllegalArgumentException("a built solid has STL bytes");
            }
        }
    }

    /**
     * The code uses what the sandbox does not allow (reading files, loading modules, reaching the process); it was
     * not run.
     *
     * @param reason one sentence naming what was refused, safe to show a model or a user
     */
    record Refused(String reason) implements CodeRun {

        public Refused {
            Require.present(reason, "reason");
        }
    }

    /**
     * The code ran and built nothing usable: an error, an empty solid, the time or memory bound reached.
     *
     * @param error the engine's error, trimmed to what concerns the code (no paths of the machine), safe to show a
     *              model or a user
     */
    record Failed(String error) implements CodeRun {

        public Failed {
            Require.present(error, "error");
        }
    }
}
