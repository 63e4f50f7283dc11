package dev.slicewise.adapter.llm.embedded;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExplicitRequestsTest {

    private final ExplicitRequests requests = new ExplicitRequests(Vocabulary.standard());

    private List<Requested> in(String message) {
        return requests.in(NormalisedText.of(message));
    }

    private static Requested.Amount amount(Setting setting, String value) {
        return new Requested.Amount(setting, new BigDecimal(value));
    }

    @Test
    void eachNumberGoesToTheSettingItStandsNextTo() {
        assertEquals(List.of(amount(Setting.LAYER_HEIGHT, "0.16"), amount(Setting.INFILL, "40")),
                in("use 0.16 layer height and 40% infill"));
    }

    @Test
    void aNumberIsUsedForOneSettingOnly() {
        assertEquals(List.of(amount(Setting.WALLS, "4"), amount(Setting.INFILL, "25")),
                in("Mais resistente: 4 paredes e 25% de preenchimento"));
    }

    @Test
    void aNumberDoesNotReachAcrossAClause() {
        assertEquals(List.of(amount(Setting.WALLS, "4"), amount(Setting.INFILL, "25")), in("更结实：4 个墙，25% 填充"));
        assertEquals(List.of(), in("more walls, 25 of them"));
    }

    @Test
    void aDecimalCommaIsADecimalPoint() {
        assertEquals(List.of(amount(Setting.LAYER_HEIGHT, "0.16")), in("Schichthöhe bitte auf 0,16 mm"));
    }

    @Test
    void digitsInsideWordsAreNoValues() {
        assertEquals(List.of(), in("my 3D printer needs more infill"));
    }

    @Test
    void aNegationSwitchesOffOnlyTheSettingNextToIt() {
        assertEquals(List.of(new Requested.Switch(Setting.SUPPORTS, false), new Requested.Switch(Setting.BRIM, true)),
                in("no supports, but add a brim"));
        assertEquals(List.of(new Requested.Switch(Setting.SUPPORTS, false)), in("不要支撑"));
    }

    @Test
    void theLongestSettingNameWins() {
        assertEquals(List.of(), in("bed temperature 60"));
        assertEquals(List.of(amount(Setting.NOZZLE_TEMPERATURE, "215")), in("temperature 215°C"));
    }

    @Test
    void keepNextToASetting_keepsIt_whateverElseStandsThere() {
        assertEquals(List.of(new Requested.Keep(Setting.LAYER_HEIGHT)), in("actually keep the layer height"));
        assertEquals(List.of(new Requested.Keep(Setting.SUPPORTS)), in("leave the supports alone"));
        assertEquals(List.of(new Requested.Keep(Setting.WALLS)), in("墙保持不变"));
    }

    @Test
    void aBareNozzleTakesTheNumberNextToIt() {
        assertEquals(List.of(amount(Setting.NOZZLE, "0.6")), in("I use a 0.6 nozzle"));
        assertEquals(List.of(amount(Setting.NOZZLE, "215")), in("nozzle 215 please"));
        assertEquals(List.of(amount(Setting.NOZZLE_TEMPERATURE, "215")), in("nozzle temperature 215"));
    }
}
