package dev.slicewise.application.port.out;

/**
 * The database behind a port cannot be reached now: it is down or restarting, or no connection came within the
 * configured time. Any port kept in a database may throw it instead of the driver's exceptions; the request may be
 * retried later, and the service answers it with 503. A failing query (a bug, a broken constraint) is not this.
 */
public final class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
