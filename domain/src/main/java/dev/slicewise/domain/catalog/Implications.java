package dev.slicewise.domain.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Settings that only work together: support settings need support enabled, brim settings need a brim. Adds what a
 * recommendation leaves out, unless the user's setup already has it.
 */
final class Implications {

    static final String ENABLE_SUPPORT = "enable_support";
    static final String BRIM_TYPE = "brim_type";
    static final String REAL_BRIM = "outer_and_inner";
    private static final Set<String> BRIM_KEYS = Set.of("brim_width", "brim_object_gap");
    private static final Set<String> REAL_BRIMS = Set.of("outer_only", "inner_only", "outer_and_inner", "brim_ears");

    private final SettingsCatalog catalog;
    private final PrintContext context;
    private final List<GuardrailNote> notes;

    Implications(SettingsCatalog catalog, PrintContext context, List<GuardrailNote> notes) {
        this.catalog = catalog;
        this.context = context;
        this.notes = notes;
    }

    void addTo(SortedMap<String, KeptSetting> kept) {
        supportCause(kept).ifPresent(cause -> imply(kept, ENABLE_SUPPORT, new SettingValue.Switch(true), cause));
        brimCause(kept).ifPresent(cause -> imply(kept, BRIM_TYPE, new SettingValue.Choice(REAL_BRIM), cause));
    }

    /** A support setting, when the recommendation leaves support as it is and it is not on. */
    private Optional<String> supportCause(SortedMap<String, KeptSetting> kept) {
        boolean supportOn = current(ENABLE_SUPPORT).equals(Optional.of(new SettingValue.Switch(true)));
        if (kept.containsKey(ENABLE_SUPPORT) || supportOn) {
            return Optional.empty();
        }
        return kept.values().stream().map(KeptSetting::definition)
                .filter(d -> d.scope() == Scope.PROCESS)
                .map(SettingDefinition::key)
                .filter(key -> key.startsWith("support_") || key.startsWith("tree_support_"))
                .findFirst();
    }

    /** A brim setting (other than a zero width), when the brim type in effect is none or automatic. */
    private Optional<String> brimCause(SortedMap<String, KeptSetting> kept) {
        KeptSetting width = kept.get("brim_width");
        boolean noWidth = width != null && width.value() instanceof SettingValue.Amount amount
                && amount.number().signum() == 0;
        Optional<SettingValue> type = Optional.ofNullable(kept.get(BRIM_TYPE)).map(KeptSetting::value)
                .or(() -> current(BRIM_TYPE));
        boolean realBrim = type.filter(value -> REAL_BRIMS.contains(value.wire())).isPresent();
        if (noWidth || realBrim) {
            return Optional.empty();
        }
        return kept.keySet().stream().filter(BRIM_KEYS::contains).findFirst();
    }

    private Optional<SettingValue> current(String key) {
        Optional<SettingDefinition> definition = catalog.find(key);
        return context.currentValue(key).flatMap(raw -> definition.map(d -> d.parse(raw)))
                .flatMap(parsed -> parsed instanceof ParsedValue.Valid(SettingValue value)
                        ? Optional.of(value) : Optional.empty());
    }

    private void imply(SortedMap<String, KeptSetting> kept, String key, SettingValue value, String cause) {
        SettingDefinition definition = catalog.find(key).orElseThrow();
        Optional<String> replaced = Optional.ofNullable(kept.get(key)).map(setting -> setting.value().wire());
        kept.put(key, KeptSetting.implied(definition, value, cause));
        notes.add(new GuardrailNote.ImpliedSettingAdded(key, value.wire(), cause, replaced));
    }
}
