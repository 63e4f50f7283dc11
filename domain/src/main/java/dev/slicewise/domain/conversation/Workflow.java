package dev.slicewise.domain.conversation;

import java.util.Optional;

/** The workflow the client says it is in ({@code current_workflow}). */
public enum Workflow {
    /** No workflow given: the assistant works out the user's intent. */
    QUERY_INTENT(null),
    PRINT_TROUBLESHOOTING("print_troubleshooting");

    private final String wireName;

    Workflow(String wireName) {
        this.wireName = wireName;
    }

    /** The wire value, empty for the default workflow (sent as null or left out). */
    public Optional<String> wireName() {
        return Optional.ofNullable(wireName);
    }

    /** Reads a non-null {@code current_workflow}; empty when it names no workflow this service knows. */
    public static Optional<Workflow> fromWire(String name) {
        return PRINT_TROUBLESHOOTING.wireName.equals(name) ? Optional.of(PRINT_TROUBLESHOOTING) : Optional.empty();
    }
}
