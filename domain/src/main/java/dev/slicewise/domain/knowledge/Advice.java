package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.catalog.Nozzle;
import dev.slicewise.domain.catalog.ParsedValue;
import dev.slicewise.domain.catalog.ProposedRecommendation;
import dev.slicewise.domain.catalog.ProposedValue;
import dev.slicewise.domain.catalog.Scope;
import dev.slicewise.domain.catalog.SettingDefinition;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the {@link GoalAdvisor} advises, before the guardrail: perhaps a preset switch, perhaps a filament preset to
 * select for the material the user is about to print, the changed settings with a reason each (the user's process
 * edits restated when the preset switches), the values the user asked for that are already in effect, remarks, and
 * the nozzle and material the advice was made for.
 */
public record Advice(
        Optional<PresetSwitch> preset,
        Optional<FilamentSwitch> filament,
        SortedMap<String, Change> changes,
        List<String> alreadySet,
        List<Remark> remarks,
        Nozzle nozzle,
        Optional<Material> material) {

    public Advice {
        Require.present(preset, "preset");
        Require.present(filament, "filament");
        changes = Collections.unmodifiableSortedMap(new TreeMap<>(Require.present(changes, "changes")));
        alreadySet = List.copyOf(Require.present(alreadySet, "alreadySet"));
        remarks = List.copyOf(Require.present(remarks, "remarks"));
        Require.present(nozzle, "nozzle");
        Require.present(material, "material");
    }

    /** The advice as a proposal for the guardrail, each change explained in the language. */
    public ProposedRecommendation proposal(SettingsCatalog catalog, Language language) {
        Map<String, ProposedValue> filament = new HashMap<>();
        Map<String, ProposedValue> process = new HashMap<>();
        Map<String, String> explanations = new HashMap<>();
        changes.forEach((key, change) -> {
            Optional<SettingDefinition> definition = catalog.find(key);
            boolean filamentKey = definition.filter(d -> d.scope() == Scope.FILAMENT).isPresent();
            (filamentKey ? filament : process).put(key, new ProposedValue.Single(change.value()));
            String shown = definition.map(d -> d.parse(change.value()) instanceof ParsedValue.Valid(var value)
                    ? d.quantity(value) : change.value()).orElse(change.value());
            explanations.put(key, change.reason().text(language, shown, materialName()));
        });
        return new ProposedRecommendation(preset.map(PresetSwitch::name), filament, process, explanations);
    }

    public List<String> remarkTexts(Language language) {
        return remarks.stream().map(remark -> remark.text(language, materialName())).toList();
    }

    /** The settings restated only because the preset switch would otherwise drop the user's edit. */
    public List<String> restated() {
        return changes.entrySet().stream().filter(entry -> entry.getValue().reason() == Reason.KEPT_MANUAL)
                .map(Map.Entry::getKey).toList();
    }

    private String materialName() {
        return material.map(Material::displayName).orElse("");
    }
}
