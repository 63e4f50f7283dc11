package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;

/**
 * An answer as the inbound adapter sent it: its status and its exact body, opaque to the application. Only a success
 * (200 for a message, 201 for a plate analysis) is kept for replay; any other answer leaves the request free to run
 * again.
 */
public record RecordedResponse(int status, String body) {

    private static final int OK = 200;
    private static final int CREATED = 201;

    public RecordedResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status, got " + status);
        }
        Require.present(body, "body");
    }

    public boolean replayable() {
        return status == OK || status == CREATED;
    }
}
