package dev.slicewise.domain.catalog;

import dev.slicewise.domain.conversation.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GuardrailNotesTest {

    private static final GuardrailNotes NOTES = new GuardrailNotes(SettingsCatalog.standard());

    private static Optional<String> sentence(GuardrailNote note, Language language) {
        return NOTES.sentence(note, language);
    }

    @Test
    void aNumberKeptAtTheTopOfTheMaterialsRange_saysSo() {
        GuardrailNote note = new GuardrailNote.ValueClamped("nozzle_temperature", "300", "260",
                new Limit.MaterialRange(Material.PETG, NumericRange.parse("220..260")));
        assertEquals(Optional.of("I kept Nozzle temperature at 260 °C instead of 300 °C: that is the top of the range "
                + "PETG prints well in (220 °C to 260 °C)."), sentence(note, Language.EN));
        assertEquals(Optional.of("我把喷嘴温度保持在 260 °C，而不是 300 °C：这是 PETG 适宜打印范围（220 °C 到 260 °C）的上限。"),
                sentence(note, Language.ZH_CN));
    }

    @Test
    void aNumberRaisedToTheBottomOfTheRange_saysSo() {
        GuardrailNote note = new GuardrailNote.ValueClamped("nozzle_temperature", "150", "190",
                new Limit.MaterialRange(Material.PLA, NumericRange.parse("190..230")));
        assertEquals(Optional.of("I kept Nozzle temperature at 190 °C instead of 150 °C: that is the bottom of the "
                + "range PLA prints well in (190 °C to 230 °C)."), sentence(note, Language.EN));
    }

    @Test
    void hardAndNozzleLimits_nameTheirRange() {
        assertEquals(Optional.of("I set Infill density to 100% instead of 150%: the allowed range is 0% to 100%."),
                sentence(new GuardrailNote.ValueClamped("sparse_infill_density", "150%", "100%",
                        new Limit.Hard(NumericRange.parse("0..100"))), Language.EN));
        assertEquals(Optional.of("I set Layer height to 0.3 mm instead of 0.5 mm: with a 0.4 mm nozzle, layers from "
                        + "0.1 mm to 0.3 mm print reliably."),
                sentence(new GuardrailNote.ValueClamped("layer_height", "0.5", "0.3",
                        new Limit.Nozzle(new BigDecimal("0.4"), NumericRange.parse("0.1..0.3"))), Language.EN));
    }

    @Test
    void aValueNoOneWouldAskFor_isRefused_withTheValuesThatMakeSense_inTheUsersLanguage() {
        GuardrailNote note = new GuardrailNote.ValueImplausible("wall_loops", "80", NumericRange.parse("1..20"));
        assertEquals(Optional.of("I left Wall loops as it is: 80 is not a value anyone prints with, so I took it for a "
                + "slip; values from 1 to 20 make sense."), sentence(note, Language.EN));
        assertEquals(Optional.of("No cambié Número de perímetros: 80 no es un valor con el que se imprima, así que lo "
                + "tomé por un error; tienen sentido valores de 1 a 20."), sentence(note, Language.ES));
        assertEquals(Optional.of("I left Layer height as it is: 5 mm is not a value anyone prints with, so I took it "
                        + "for a slip; values from 0.04 mm to 0.6 mm make sense."),
                sentence(new GuardrailNote.ValueImplausible("layer_height", "5", NumericRange.parse("0.04..0.6")),
                        Language.EN));
    }

    @Test
    void refusedValuesUnknownKeysAndPresets_areTold_whatChangesNothingIsNot() {
        assertEquals(Optional.of("I left Wall loops as it is: “2.5” is not a value it can take."),
                sentence(new GuardrailNote.ValueRefused("wall_loops", "2.5", Refusal.NOT_A_WHOLE_NUMBER), Language.EN));
        assertEquals(Optional.of("I left out “temperature”: it is not a setting I know."),
                sentence(new GuardrailNote.UnknownKeyDropped("temperature"), Language.EN));
        assertEquals(Optional.of("I did not switch to “0.10mm Ultra”: it is not one of your process presets."),
                sentence(new GuardrailNote.PresetDropped("0.10mm Ultra", GuardrailNote.PresetProblem.UNKNOWN),
                        Language.EN));
        assertEquals(Optional.empty(), sentence(new GuardrailNote.PresetDropped("0.20mm Standard",
                GuardrailNote.PresetProblem.ALREADY_SELECTED), Language.EN));
        assertEquals(Optional.empty(), sentence(new GuardrailNote.ImpliedSettingAdded("enable_support", "1",
                "support_type", Optional.empty()), Language.EN));
    }
}
