package dev.slicewise.bootstrap;

import io.micronaut.runtime.Micronaut;

import java.util.Map;

/** Starts Slicewise: the partner API over HTTP, with the adapters chosen by configuration. */
public final class Application {

    private Application() {
    }

    /** The environment of the in-memory adapters (application-memory.properties): no database is opened. */
    static final String MEMORY = "memory";

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).mainClass(Application.class)
                .environments(environments(System.getenv()))
                .start();
    }

    /** {@code SLICEWISE_PERSISTENCE=memory} also turns on the {@link #MEMORY} environment. */
    static String[] environments(Map<String, String> variables) {
        return MEMORY.equals(variables.get("SLICEWISE_PERSISTENCE")) ? new String[] {MEMORY} : new String[0];
    }
}
