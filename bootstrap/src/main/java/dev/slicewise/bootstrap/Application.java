package dev.slicewise.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts Slicewise: the partner API over HTTP, with the adapters chosen by configuration. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
