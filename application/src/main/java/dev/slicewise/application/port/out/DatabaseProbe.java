package dev.slicewise.application.port.out;

/** Asks the store whether it answers: what the readiness probe checks first. */
public interface DatabaseProbe {

    /** Returns when the store answered a trivial query; throws {@link StoreUnavailable} when it cannot be reached. */
    void touch();
}
