package dev.slicewise.adapter.http;
import java.util.Arrays;

/**
 * A request a door must answer with a 400: the key of the translated message and its arguments.
 * Thrown while a body is read and caught by the controller that reads it; it never leaves this adapter.
 */
public final class InvalidRequest extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public InvalidRequest(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
