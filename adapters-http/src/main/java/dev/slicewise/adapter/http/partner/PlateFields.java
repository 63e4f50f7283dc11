package dev.slicewise.adapter.http.partner;

import dev.slicewise.adapter.http.InvalidRequest;
import dev.slicewise.domain.plate.BoundingBox;
import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Reads the {@code plates} of a request (chats/messages/ and plate_analysis/ send the same shape). */
final class PlateFields {

    private PlateFields() {
    }

    static List<Plate> plates(JsonNode body) {
        List<JsonNode> plates = JsonFields.array(body, "plates", "plates");
        List<Plate> read = new ArrayList<>(plates.size());
        for (int i = 0; i < plates.size(); i++) {
            read.add(plate(plates.get(i), i, "plates[" + i + "]"));
        }
        return read;
    }

    private static Plate plate(JsonNode plate, int position, String path) {
        if (!plate.isObject()) {
            throw new InvalidRequest("field.object", path);
        }
        OptionalLong index = JsonFields.integer(plate, "index", path + ".index");
        if (index.isPresent() && (index.getAsLong() < 0 || index.getAsLong() > Integer.MAX_VALUE)) {
            throw new InvalidRequest("field.integer", path + ".index");
        }
        List<JsonNode> objects = JsonFields.array(plate, "model_objects", path + ".model_objects");
        List<ModelObject> models = new ArrayList<>(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            models.add(modelObject(objects.get(i), path + ".model_objects[" + i + "]"));
        }
        return new Plate(JsonFields.string(plate, "name", path + ".name"), (int) index.orElse(position),
                JsonFields.object(plate, "bounding_box", path + ".bounding_box")
                        .map(box -> boundingBox(box, path + ".bounding_box")),
                models);
    }

    private static ModelObject modelObject(JsonNode object, String path) {
        if (!object.isObject()) {
            throw new InvalidRequest("field.object", path);
        }
        JsonNode id = JsonFields.field(object, "id").orElseThrow(() -> new InvalidRequest("field.required", path + ".id"));
        if (!id.isString() && !id.isNumber()) {
            throw new InvalidRequest("field.string", path + ".id");
        }
        OptionalLong extruder = JsonFields.integer(object, "extruder_id", path + ".extruder_id");
        OptionalInt setExtruder = extruder.isPresent() && extruder.getAsLong() >= 0
                ? OptionalInt.of((int) extruder.getAsLong())
                : OptionalInt.empty();
        return new ModelObject(id.coerceStringValue(), JsonFields.requiredString(object, "name", path + ".name"),
                setExtruder);
    }

    private static BoundingBox boundingBox(JsonNode box, String path) {
        JsonNode min = JsonFields.object(box, "min", path + ".min")
                .orElseThrow(() -> new InvalidRequest("field.required", path + ".min"));
        JsonNode max = JsonFields.object(box, "max", path + ".max")
                .orElseThrow(() -> new InvalidRequest("field.required", path + ".max"));
        return new BoundingBox(
                JsonFields.number(min, "x", path + ".min.x"), JsonFields.number(min, "y", path + ".min.y"),
                JsonFields.number(min, "z", path + ".min.z"), JsonFields.number(max, "x", path + ".max.x"),
                JsonFields.number(max, "y", path + ".max.y"), JsonFields.number(max, "z", path + ".max.z"));
    }
}
