package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.catalog.Nozzle;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a user wishes into slicing advice for their setup: a pure, deterministic policy.
 * <ol>
 *   <li>A preset to switch to, if one serves the wishes ({@link PresetChooser}).</li>
 *   <li>For a material to tune for, when the selected filament is of another one: the user's filament preset of
 *       that material to select, if there is one; else the material's ranges on the filament settings
 *       ({@link MaterialRules}). The goals come after, so that they can go further within the same ranges.</li>
 *   <li>Each goal's rules ({@link GoalRules}) from the least to the most important goal, so that on a conflict the
 *       more important goal decides; settings the user keeps are left alone.</li>
 *   <li>The values the user spelt out, which win over every goal, and the settings the user asked to move one way
 *       ("wider brim"), one step from where the plan has them.</li>
 *   <li>With a preset switch, the user's own process edits that the advice leaves alone, restated: the client drops
 *       them when it switches.</li>
 * </ol>
 * The advice is not yet checked: it goes through the {@code RecommendationGuardrail}, which brings every value
 * within the limits of the setting, the nozzle and the material.
 */
public final class GoalAdvisor {

    private static final String LAYER_HEIGHT = "layer_height";

    private final SettingsCatalog catalog;
    private final PresetChooser presets;
    private final GoalRules rules;
    private final MaterialRules materialRules;

    public GoalAdvisor(SettingsCatalog catalog) {
        this.catalog = Require.present(catalog, "catalog");
        this.presets = new PresetChooser(catalog);
        this.rules = new GoalRules(catalog);
        this.materialRules = new MaterialRules(catalog);
    }

    public Advice advise(Wishes wishes, SlicingProfiles profiles) {
        Nozzle nozzle = wishes.nozzle().orElseGet(() -> Nozzle.of(profiles, catalog));
        Optional<Material> selected = Material.selected(profiles);
        Optional<Material> material = wishes.material().or(() -> selected);
        Optional<PresetSwitch> preset = presets.choose(wishes, profiles, nozzle);
        boolean layerSettled = preset.filter(p -> p.reason().forLayerHeight()).isPresent();
        boolean anotherMaterial = wishes.material().isPresent() && !selected.equals(wishes.material());
        Optional<FilamentSwitch> filament = wishes.material().filter(named -> anotherMaterial)
                .flatMap(named -> filamentPreset(named, profiles));
        Plan plan = new Plan(catalog, profiles, preset, wishes.kept(), filament.isPresent());
        Situation situation = new Situation(material, nozzle, plan, layerSettled);
        wishes.material().filter(named -> anotherMaterial && filament.isEmpty())
                .ifPresent(named -> materialRules.rules(named).forEach(plan::apply));
        List<Remark> remarks = new ArrayList<>();
        Goals goals = wishes.goals();
        for (SlicingGoal goal : goals.byPriority()) {
            rules.rules(goal, goals.intensity(goal), situation).forEach(plan::apply);
            remarks.addAll(rules.remarks(goal, situation));
        }
        wishes.values().forEach((key, raw) -> {
            if (!(key.equals(LAYER_HEIGHT) && layerSettled)) {
                plan.ask(key, raw);
            }
        });
        wishes.moves().forEach((key, direction) -> plan.move(key, direction, nozzle));
        plan.restateManualChanges();
        return new Advice(preset, filament, plan.changes(), plan.alreadySet(), remarks, nozzle, material);
    }

    /** The user's first filament preset of the material, by name, when the selected one is of another material. */
    private static Optional<FilamentSwitch> filamentPreset(Material material, SlicingProfiles profiles) {
        return profiles.filamentPresets().stream()
                .filter(preset -> preset.value("filament_type")
                        .flatMap(type -> Material.recognise(type.first(), preset.name()))
                        .equals(Optional.of(material)))
                .map(preset -> new FilamentSwitch(preset.name(), material))
                .min(Comparator.comparing(FilamentSwitch::name));
    }
}
