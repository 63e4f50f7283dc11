package dev.slicewise.application.port.in;

/** Whether registering a token created the user's record or replaced it. */
public enum Registration {
    CREATED,
    UPDATED
}
