package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.catalog.Nozzle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a user has asked for in a conversation: goals, values spelt out for settings (OrcaSlicer key to the value as
 * the user gave it, "40%" for {@code sparse_infill_density}), settings to keep as they are, the nozzle if the user
 * named it, and the material to tune the settings for ("tune everything for the PETG I'm about to print"). A later
 * request for a setting replaces an earlier one; keeping a setting drops a value asked for it.
 */
public record Wishes(Goals goals, Map<String, String> values, Set<String> kept, Optional<Nozzle> nozzle,
                     Optional<Material> material) {

    public Wishes {
        Require.present(goals, "goals");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Require.present(values, "values")));
        kept = Collections.unmodifiableSet(new TreeSet<>(Require.present(kept, "kept")));
        Require.present(nozzle, "nozzle");
        Require.present(material, "material");
        if (kept.stream().anyMatch(values::containsKey)) {
            throw new IllegalArgumentException("a setting is either kept or given a value: " + kept);
        }
    }

    public static Wishes none() {
        return new Wishes(Goals.none(), Map.of(), Set.of(), Optional.empty(), Optional.empty());
    }

    public Wishes with(Goals other) {
        return new Wishes(other, values, kept, nozzle, material);
    }

    public Wishes withValue(String key, String raw) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.remove(key);
        more.put(key, raw);
        Set<String> fewer = new TreeSet<>(kept);
        fewer.remove(key);
        return new Wishes(goals, more, fewer, nozzle, material);
    }

    public Wishes keeping(String key) {
        Map<String, String> fewer = new LinkedHashMap<>(values);
        fewer.remove(key);
        Set<String> more = new TreeSet<>(kept);
        more.add(key);
        return new Wishes(goals, fewer, more, nozzle, material);
    }

    public Wishes withNozzle(Nozzle stated) {
        return new Wishes(goals, values, kept, Optional.of(stated), material);
    }

    /** The settings are to be tuned for this material: the one the user named, or the selected one by default. */
    public Wishes withMaterial(Material named) {
        return new Wishes(goals, values, kept, nozzle, Optional.of(named));
    }

    /**
     * True when nothing asks for a change: no goal, no value, no material to tune for (keeping settings or naming the
     * nozzle changes none).
     */
    public boolean asksForNothing() {
        return goals.isEmpty() && values.isEmpty() && material.isEmpty();
    }
}
