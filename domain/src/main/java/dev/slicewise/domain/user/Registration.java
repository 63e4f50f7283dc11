package dev.slicewise.domain.user;

/** Whether registering a token created the user's record or replaced it. */
public enum Registration {
    CREATED,
    UPDATED
}
