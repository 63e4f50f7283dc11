package dev.slicewise.adapter.http;
import dev.slicewise.domain.plate.BoundingBox;
import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads the user's slicing setup from a request body: {@code slicing_profiles} and {@code plates}, as the partner API
 * defines them (chats/messages/, plate_analysis/ and the native chat send the same shapes).
 */
public final class SlicingFields {

    private SlicingFields() {
    }

    /** The {@code plates} array; empty when absent. */
    public static List<Plate> plates(JsonNode body) {
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

    /** The {@code slicing_profiles} object, as the partner API defines it; empty when absent or null. */
    public static Optional<SlicingProfiles> profiles(JsonNode body) {
        return JsonFields.object(body, "slicing_profiles", "slicing_profiles").map(profiles -> new SlicingProfiles(
                presets(profiles, "filament_presets"),
                presets(profiles, "print_process_presets"),
                ConfigValues.read(JsonFields.object(profiles, "filament_overrides",
                        "slicing_profiles.filament_overrides"), "slicing_profiles.filament_overrides"),
                ConfigValues.read(JsonFields.object(profiles, "print_process_overrides",
                        "slicing_profiles.print_process_overrides"), "slicing_profiles.print_process_overrides")));
    }

    private static List<Preset> presets(JsonNode profiles, String name) {
        String path = "slicing_profiles." + name;
        List<JsonNode> presets = JsonFields.array(profiles, name, path);
        List<Preset> read = new ArrayList<>(presets.size());
        for (int i = 0; i < presets.size(); i++) {
            String presetPath = path + "[" + i + "]";
            JsonNode preset = presets.get(i);
            if (!preset.isObject()) {
                throw new InvalidRequest("field.object", presetPath);
            }
            read.add(new Preset(
                    JsonFields.requiredString(preset, "name", presetPath + ".name"),
                    JsonFields.bool(preset, "is_selected", presetPath + ".is_selected"),
                    ConfigValues.read(JsonFields.object(preset, "config", presetPath + ".config"),
                            presetPath + ".config")));
        }
        return read;
    }
}
