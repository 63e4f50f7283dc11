package dev.slicewise.domain.plate;

import dev.slicewise.domain.Require;

import java.util.OptionalInt;

/** A model on a plate. The extruder is empty when the client sent {@code -1} ("not set"). */
public record ModelObject(String id, String name, OptionalInt extruder) {

    public ModelObject {
        Require.present(id, "id");
        Require.present(name, "name");
        Require.present(extruder, "extruder_id");
    }
}
