package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;

import java.util.Locale;

/**
 * Whether this node should get traffic: its database answers and, when the providers are required, one of them
 * answered recently. The state of the providers is reported either way.
 */
public record Readiness(boolean ready, boolean databaseReachable, ProviderState providers) {

    public Readiness {
        Require.present(providers, "providers");
    }

    /** What the model providers have done lately. */
    public enum ProviderState {
        /** {@code embedded} mode: there are none. */
        NOT_CONFIGURED,
        /** None was called within the window (a node that has just started, or one whose turns stay embedded). */
        IDLE,
        /** One answered within the window. */
        ANSWERING,
        /** Calls failed within the window and none answered: turns fall back to the embedded engine. */
        FAILING;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
