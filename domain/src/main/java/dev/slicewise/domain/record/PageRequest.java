package dev.slicewise.domain.record;

/** Which page of records: {@code page} from 1, {@code size} from 1 to {@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("'page' must be an integer of 1 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("'page_size' must be an integer from 1 to " + MAX_SIZE + ".");
        }
    }

    /** How many records the pages before this one hold. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
