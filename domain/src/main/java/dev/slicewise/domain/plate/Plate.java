package dev.slicewise.domain.plate;

import dev.slicewise.domain.Require;

import java.util.List;
import java.util.Optional;

/** A build plate with the models on it. */
public record Plate(Optional<String> name, int index, Optional<BoundingBox> boundingBox, List<ModelObject> modelObjects) {

    public Plate {
        Require.present(name, "name");
        Require.present(boundingBox, "bounding_box");
        modelObjects = List.copyOf(Require.present(modelObjects, "model_objects"));
    }
}
