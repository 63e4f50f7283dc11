package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.slicing.OverrideExplanation;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.slicing.SlicingRecommendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one policy every recommendation passes, whichever model proposed it. A pure, deterministic function of the
 * proposal, the user's profiles and the language:
 * <ul>
 *   <li>a process preset that is not one of the user's (or is already selected) is dropped;</li>
 *   <li>keys that are not in the catalog are dropped, read-only ones refused; each key goes where its scope says,
 *       a filament value as a one-element array, a process value as a scalar;</li>
 *   <li>values are read leniently and written in OrcaSlicer's form ({@code "15%"}, {@code "1"}); unreadable,
 *       empty, ambiguous or unknown enum values are refused;</li>
 *   <li>numbers are clamped to the hard limits, layer heights to a quarter..three quarters of the nozzle, and
 *       temperatures, fan speeds, volumetric speed and retraction to the material's range;</li>
 *   <li>support settings imply {@code enable_support = 1} (unless the recommendation sets it), brim settings a
 *       real brim type ({@code outer_and_inner}, as the reference server does) unless one is in effect or the
 *       brim width is 0;</li>
 *   <li>every changed setting gets an explanation, named in the user's language.</li>
 * </ul>
 */
public final class RecommendationGuardrail {

    private final SettingsCatalog catalog;

    public RecommendationGuardrail(SettingsCatalog catalog) {
        this.catalog = Require.present(catalog, "catalog");
    }

    /** Reviews a proposal for the nozzle the profiles name (0.4 mm when they name none). */
    public GuardrailResult review(ProposedRecommendation proposal, SlicingProfiles profiles, Language language) {
        return review(proposal, profiles, Nozzle.of(profiles, catalog), language);
    }

    /** Reviews a proposal for a nozzle known otherwise, e.g. from the user's own words. */
    public GuardrailResult review(ProposedRecommendation proposal, SlicingProfiles profiles, Nozzle nozzle,
                                  Language language) {
        return review(proposal, profiles, nozzle, Material.selected(profiles), language);
    }

    /**
     * Reviews a proposal for a nozzle and a material known otherwise, e.g. the material the user is about to print
     * ("tune everything for PETG") rather than the selected filament's.
     */
    public GuardrailResult review(ProposedRecommendation proposal, SlicingProfiles profiles, Nozzle nozzle,
                                  Optional<Material> material, Language language) {
        Require.present(nozzle, "nozzle");
        Require.present(material, "material");
        List<GuardrailNote> notes = new ArrayList<>();
        Optional<String> preset = proposal.processPreset().flatMap(name -> preset(name, profiles, notes));
        PrintContext context = PrintContext.of(profiles, preset, nozzle, material);
        SettingCheck check = new SettingCheck(catalog, context, notes);
        SortedMap<String, KeptSetting> kept = new TreeMap<>();
        proposedSettings(proposal).forEach((key, value) -> check.check(key, value).ifPresent(s -> kept.put(key, s)));
        new Implications(catalog, context, notes).addTo(kept);

        Map<String, List<String>> filament = new HashMap<>();
        Map<String, String> process = new HashMap<>();
        kept.forEach((key, setting) -> {
            if (setting.definition().scope() == Scope.FILAMENT) {
                filament.put(key, List.of(setting.value().wire()));
            } else {
                process.put(key, setting.value().wire());
            }
        });
        if (preset.isEmpty() && kept.isEmpty()) {
            return new GuardrailResult(Optional.empty(), List.of(), notes);
        }
        Explanations explanations = new Explanations(catalog, proposal.explanations(), language);
        List<OverrideExplanation> explained = kept.values().stream().map(explanations::of).toList();
        return new GuardrailResult(Optional.of(new SlicingRecommendation(preset, filament, process)), explained, notes);
    }

    /** The user's process preset of that name (exact, else the only one that differs in case only). */
    private static Optional<String> preset(String proposed, SlicingProfiles profiles, List<GuardrailNote> notes) {
        String name = proposed.strip();
        List<String> names = profiles.processPresets().stream().map(Preset::name).toList();
        List<String> matches = names.contains(name) ? List.of(name)
                : names.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).toList();
        if (matches.size() != 1) {
            notes.add(new GuardrailNote.PresetDropped(SettingCheck.shown(name), GuardrailNote.PresetProblem.UNKNOWN));
            return Optional.empty();
        }
        String match = matches.getFirst();
        if (profiles.selectedProcess().filter(selected -> selected.name().equals(match)).isPresent()) {
            notes.add(new GuardrailNote.PresetDropped(match, GuardrailNote.PresetProblem.ALREADY_SELECTED));
            return Optional.empty();
        }
        return Optional.of(match);
    }

    /**
     * Both override maps in key order. A key proposed in the wrong map is taken anyway (its scope decides where it
     * goes); proposed in both, the value from its own scope's map wins.
     */
    private SortedMap<String, ProposedValue> proposedSettings(ProposedRecommendation proposal) {
        SortedMap<String, ProposedValue> all = new TreeMap<>(proposal.processOverrides());
        proposal.filamentOverrides().forEach((key, value) -> {
            boolean filamentKey = catalog.find(key).filter(d -> d.scope() == Scope.FILAMENT).isPresent();
            if (filamentKey || !all.containsKey(key)) {
                all.put(key, value);
            }
        });
        return all;
    }
}
