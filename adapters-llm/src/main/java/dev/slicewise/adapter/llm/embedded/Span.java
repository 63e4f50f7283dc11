package dev.slicewise.adapter.llm.embedded;

/** Where something was found in a normalised text: from {@code start} (inclusive) to {@code end} (exclusive). */
record Span(int start, int end) {

    Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a span runs forwards from 0: " + start + ".." + end);
        }
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Characters between the two spans; 0 when they touch or overlap. */
    int distanceTo(Span other) {
        return Math.max(0, Math.max(other.start - end, start - other.end));
    }
}
