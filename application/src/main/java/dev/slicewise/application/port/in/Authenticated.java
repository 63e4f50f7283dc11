package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;

/** The result of a use case that first checks the user's credentials. */
public sealed interface Authenticated<T> {

    record Accepted<T>(T value) implements Authenticated<T> {
        public Accepted {
            Require.present(value, "value");
        }
    }

    /** Unknown user, wrong token or expired token: the three are not told apart. */
    record Rejected<T>() implements Authenticated<T> {
    }
}
