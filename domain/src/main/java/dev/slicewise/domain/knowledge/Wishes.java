package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.catalog.Direction;
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
 * the user gave it, "40%" for {@code sparse_infill_density}), settings to move one way ("wider brim": {@code
 * brim_width} up), settings to keep as they are, the nozzle if the user named it, and the material to tune the
 * settings for ("tune everything for the PETG I'm about to print"). A later request for a setting replaces an earlier
 * one; keeping a setting drops a value or a move asked for it.
 */
public record Wishes(Goals goals, Map<String, String> values, Map<String, Direction> moves, Set<String> kept,
                     Optional<Nozzle> nozzle, Optional<Material> material) {

    public Wishes {
        Require.present(goals, "goals");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Require.present(values, "values")));
        moves = Collections.unmodifiableMap(new LinkedHashMap<>(Require.present(moves, "moves")));
        kept = Collections.unmodifiableSet(new TreeSet<>(Require.present(kept, "kept")));
        Require.present(nozzle, "nozzle");
        Require.present(material, "material");
        if (!Collections.disjoint(kept, values.keySet()) || !Collections.disjoint(kept, moves.keySet())) {
            throw new IllegalArgumentException("a setting is either kept or changed: " + kept);
        }
        if (!Collections.disjoint(moves.keySet(), values.keySet())) {
            throw new IllegalArgumentException("a setting is either given a value or moved: " + moves.keySet());
        }
    }

    public static Wishes none() {
        return new Wishes(Goals.none(), Map.of(), Map.of(), Set.of(), Optional.empty(), Optional.empty());
    }

    public Wishes with(Goals other) {
        return new Wishes(other, values, moves, kept, nozzle, material);
    }

    public Wishes withValue(String key, String raw) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.remove(key);
        more.put(key, raw);
        return new Wishes(goals, more, without(moves, key), without(kept, key), nozzle, material);
    }

    /** The setting moved one step its way from where it is ("wider brim", "slower outer wall"). */
    public Wishes moving(String key, Direction direction) {
        Map<String, Direction> more = new LinkedHashMap<>(moves);
        more.remove(key);
        more.put(key, direction);
        return new Wishes(goals, without(values, key), more, without(kept, key), nozzle, material);
    }

    /**
     * The same wishes without the moves: a move is made from the value a setting has when it is asked for, so it
     * holds for that message only (the next one sees the moved value, and would move it again).
     */
    public Wishes withoutMoves() {
        return new Wishes(goals, values, Map.of(), kept, nozzle, material);
    }

    public Wishes keeping(String key) {
        Set<String> more = new TreeSet<>(kept);
        more.add(key);
        return new Wishes(goals, without(values, key), without(moves, key), more, nozzle, material);
    }

    public Wishes withNozzle(Nozzle stated) {
        return new Wishes(goals, values, moves, kept, Optional.of(stated), material);
    }

    /** The settings are to be tuned for this material: the one the user named, or the selected one by default. */
    public Wishes withMaterial(Material named) {
        return new Wishes(goals, values, moves, kept, nozzle, Optional.of(named));
    }

    /**
     * True when nothing asks for a change: no goal, value or move, no material to tune for (keeping settings or naming
     * the nozzle changes none).
     */
    public boolean asksForNothing() {
        return goals.isEmpty() && values.isEmpty() && moves.isEmpty() && material.isEmpty();
    }

    private static <V> Map<String, V> without(Map<String, V> map, String key) {
        Map<String, V> fewer = new LinkedHashMap<>(map);
        fewer.remove(key);
        return fewer;
    }

    private static Set<String> without(Set<String> set, String key) {
        Set<String> fewer = new TreeSet<>(set);
        fewer.remove(key);
        return fewer;
    }
}
