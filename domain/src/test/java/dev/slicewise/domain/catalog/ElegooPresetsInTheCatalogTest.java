package dev.slicewise.domain.catalog;

import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real Elegoo Centauri Carbon presets read through the catalog: this catches type and limit mistakes. */
class ElegooPresetsInTheCatalogTest {

    private static final SettingsCatalog CATALOG = SettingsCatalog.standard();

    /** The fixtures name their files (a jar on the classpath cannot be listed): the names are the folder's files. */
    @Test
    void theFixturesNames_areExactlyThePresetFilesOfTheFolder() throws Exception {
        Path folder = Path.of(ElegooPresetFixtures.class.getResource("/presets/orca-elegoo-cc").toURI());
        for (ElegooPresetFixtures.Kind kind : ElegooPresetFixtures.Kind.values()) {
            try (Stream<Path> files = Files.list(folder.resolve(kind.name().toLowerCase(Locale.ROOT)))) {
                assertEquals(files.map(file -> file.getFileName().toString()).sorted().toList(),
                        kind.names().stream().map(name -> name + ".json").toList(), kind.name());
            }
        }
    }

    @Test
    void theRealPresets_useManyCatalogSettings() {
        assertEquals(6, ElegooPresetFixtures.process().size());
        assertEquals(5, ElegooPresetFixtures.filament().size());
        assertTrue(catalogKeys(ElegooPresetFixtures.process()).size() >= 120);
        assertTrue(catalogKeys(ElegooPresetFixtures.filament()).size() >= 50);
        assertTrue(catalogKeys(ElegooPresetFixtures.machine()).contains("nozzle_diameter"));
    }

    @Test
    void everyValueOfTheRealPresets_readsInTheCatalog_andIsWrittenBackTheSame() {
        List<String> wrong = new ArrayList<>();
        allPresets().forEach(preset -> preset.config().forEach((key, value) -> CATALOG.find(key).ifPresent(definition -> {
            if ((value instanceof ConfigValue.PerExtruder) != (definition.scope() == Scope.FILAMENT) && definition.scope() != Scope.PRINTER) {
                wrong.add(preset.name() + " " + key + ": " + value + " does not fit scope " + definition.scope());
            }
            for (String raw : values(value)) {
                ParsedValue parsed = definition.parse(raw);
                if (!(parsed instanceof ParsedValue.Valid(SettingValue read)) || !sameValue(definition, raw, read.wire())) {
                    wrong.add(preset.name() + " " + key + " = " + raw + ": " + parsed);
                }
            }
        })));
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyNumberOfTheRealPresets_isPlausible() {
        List<String> wrong = new ArrayList<>();
        Nozzle nozzle = Nozzle.DEFAULT;
        allPresets().forEach(preset -> preset.config().forEach((key, value) -> CATALOG.plausible(key).ifPresent(p -> {
            for (String raw : values(value)) {
                if (CATALOG.find(key).orElseThrow().parse(raw) instanceof ParsedValue.Valid(SettingValue.Amount amount)
                        && !p.range(nozzle).contains(amount.number())) {
                    wrong.add(preset.name() + " " + key + " = " + raw + " outside " + p.range(nozzle));
                }
            }
        })));
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyNumberOfTheRealPresets_liesWithinTheHardLimits() {
        List<String> wrong = new ArrayList<>();
        allPresets().forEach(preset -> preset.config().forEach((key, value) -> CATALOG.find(key).ifPresent(definition -> {
            for (String raw : values(value)) {
                if (definition.parse(raw) instanceof ParsedValue.Valid(SettingValue.Amount amount)
                        && !definition.limits().orElseThrow().contains(amount.number())) {
                    wrong.add(preset.name() + " " + key + " = " + raw + " outside " + definition.limits().get());
                }
            }
        })));
        assertEquals(List.of(), wrong);
    }

    @Test
    void theRealFilaments_areRecognised_andLieWithinTheirMaterialsRanges() {
        List<String> wrong = new ArrayList<>();
        Set<Material> recognised = new TreeSet<>();
        for (Preset filament : ElegooPresetFixtures.filament()) {
            String type = filament.value("filament_type").orElseThrow().first();
            Material material = Material.recognise(type, filament.name()).orElseThrow(() -> new AssertionError(filament.name()));
            recognised.add(material);
            filament.config().forEach((key, value) -> CATALOG.materialRange(material, key).ifPresent(range -> {
                if (CATALOG.find(key).orElseThrow().parse(value.first()) instanceof ParsedValue.Valid(SettingValue.Amount amount)
                        && !range.contains(amount.number())) {
                    wrong.add(filament.name() + " " + key + " = " + value.first() + " outside " + material + " " + range);
                }
            }));
        }
        assertEquals(Set.of(Material.PLA, Material.PLA_SILK, Material.PETG, Material.ASA, Material.TPU), recognised);
        assertEquals(List.of(), wrong);
    }

    /**
     * Proposing a real preset's own values changes none of them. The one note: the Elegoo presets set a brim width
     * but leave brim_type to OrcaSlicer's default (auto_brim), so their brim settings imply a real brim.
     */
    @Test
    void theRealPresetsOwnValues_passTheGuardrailUntouched() {
        List<GuardrailNote> brimImplied = List.of(
                new GuardrailNote.ImpliedSettingAdded("brim_type", "outer_and_inner", "brim_object_gap", Optional.empty()));
        RecommendationGuardrail guardrail = new RecommendationGuardrail(CATALOG);
        List<Preset> processes = ElegooPresetFixtures.process();
        for (Preset filament : ElegooPresetFixtures.filament()) {
            Preset selected = new Preset(filament.name(), true, filament.config());
            for (Preset process : processes) {
                SlicingProfiles profiles = new SlicingProfiles(List.of(selected), processes, Map.of(), Map.of());
                ProposedRecommendation ownValues = new ProposedRecommendation(Optional.empty(),
                        changeable(filament), changeable(process), Map.of());

                GuardrailResult result = guardrail.review(ownValues, profiles, Language.EN);

                assertEquals(brimImplied, result.notes(), filament.name() + " with " + process.name());
            }
        }
    }

    /** A preset's changeable settings with a value (not "nil") as a model would propose them. */
    private static Map<String, ProposedValue> changeable(Preset preset) {
        Map<String, ProposedValue> values = new HashMap<>();
        preset.config().forEach((key, value) -> CATALOG.find(key).filter(SettingDefinition::overridable)
                .filter(definition -> !value.first().equals("nil"))
                .ifPresent(definition -> values.put(key, new ProposedValue.Single(value.first()))));
        return values;
    }

    private static Stream<Preset> allPresets() {
        return Stream.of(ElegooPresetFixtures.process(), ElegooPresetFixtures.filament(), ElegooPresetFixtures.machine())
                .flatMap(List::stream);
    }

    private static Set<String> catalogKeys(List<Preset> presets) {
        return presets.stream().flatMap(p -> p.config().keySet().stream())
                .filter(key -> CATALOG.find(key).isPresent()).collect(Collectors.toSet());
    }

    private static List<String> values(ConfigValue value) {
        return switch (value) {
            case ConfigValue.Scalar(String scalar) -> List.of(scalar);
            case ConfigValue.PerExtruder(List<String> perExtruder) -> perExtruder;
        };
    }

    /** Written back as read; a float may lose trailing zeros ("1.0" is "1"). */
    private static boolean sameValue(SettingDefinition definition, String raw, String wire) {
        if (raw.equals(wire)) {
            return true;
        }
        return definition.type() == ValueType.FLOAT && new BigDecimal(raw).compareTo(new BigDecimal(wire)) == 0;
    }
}
