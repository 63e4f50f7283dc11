package dev.slicewise.domain.credits;

/** Why the credits system could not be asked (each becomes one of the partner API's 502 bodies). */
public enum CreditFailure {
    CONNECTION_ERROR_OR_TIMEOUT,
    SERVER_ERROR,
    UNEXPECTED_HTTP_ERROR,
    INVALID_RESPONSE,
    REQUEST_FAILED
}
