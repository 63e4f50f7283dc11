package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.Require;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The goals a conversation has asked for so far, each with an intensity from 1 to {@link #MAX_INTENSITY} ("stronger"
 * is 1, "even stronger" afterwards 2), in the order they were last mentioned.
 */
public record Goals(Map<SlicingGoal, Integer> intensities, List<SlicingGoal> byRecency) {

    public static final int MAX_INTENSITY = 3;

    public Goals {
        Require.present(intensities, "intensities");
        intensities = Collections.unmodifiableMap(
                intensities.isEmpty() ? new EnumMap<>(SlicingGoal.class) : new EnumMap<>(intensities));
        byRecency = List.copyOf(Require.present(byRecency, "byRecency"));
        if (!intensities.keySet().equals(Set.copyOf(byRecency)) || byRecency.size() != intensities.size()) {
            throw new IllegalArgumentException("every goal is listed once by recency: " + byRecency);
        }
        if (intensities.values().stream().anyMatch(level -> level < 1 || level > MAX_INTENSITY)) {
            throw new IllegalArgumentException("intensities run from 1 to " + MAX_INTENSITY + ": " + intensities);
        }
        for (SlicingGoal goal : byRecency) {
            if (byRecency.stream().anyMatch(goal::opposes)) {
                throw new IllegalArgumentException("opposing goals cannot both hold: " + byRecency);
            }
        }
    }

    public static Goals none() {
        return new Goals(Map.of(), List.of());
    }

    /**
     * The goals after a message names this one: a new goal starts at 1 (2 when emphasised, "much stronger") and gives
     * up the goals it opposes; a goal asked for again goes up one.
     */
    public Goals mentioned(SlicingGoal goal, boolean emphasised) {
        Map<SlicingGoal, Integer> levels = new EnumMap<>(SlicingGoal.class);
        levels.putAll(intensities);
        List<SlicingGoal> order = new ArrayList<>(byRecency);
        if (levels.containsKey(goal)) {
            levels.merge(goal, 1, Goals::raise);
            order.remove(goal);
        } else {
            levels.keySet().removeIf(goal::opposes);
            order.removeIf(goal::opposes);
            levels.put(goal, emphasised ? 2 : 1);
        }
        order.add(goal);
        return new Goals(levels, order);
    }

    /** The goals after "even more": the goal mentioned last goes up one. */
    public Goals raisedLatest() {
        if (byRecency.isEmpty()) {
            return this;
        }
        Map<SlicingGoal, Integer> levels = new EnumMap<>(SlicingGoal.class);
        levels.putAll(intensities);
        levels.merge(byRecency.getLast(), 1, Goals::raise);
        return new Goals(levels, byRecency);
    }

    /** How strongly the goal is wanted; 0 when it is not. */
    public int intensity(SlicingGoal goal) {
        return intensities.getOrDefault(goal, 0);
    }

    public boolean has(SlicingGoal goal) {
        return intensities.containsKey(goal);
    }

    /** The goals from the least to the most important (see {@link SlicingGoal}). */
    public List<SlicingGoal> byPriority() {
        return List.copyOf(intensities.keySet());
    }

    public boolean isEmpty() {
        return intensities.isEmpty();
    }

    private static int raise(int level, int step) {
        return Math.min(MAX_INTENSITY, level + step);
    }
}
