package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.Require;

/** A value advised for a setting, in OrcaSlicer's form, and why. */
public record Change(String value, Reason reason) {

    public Change {
        Require.present(value, "value");
        Require.present(reason, "reason");
    }
}
