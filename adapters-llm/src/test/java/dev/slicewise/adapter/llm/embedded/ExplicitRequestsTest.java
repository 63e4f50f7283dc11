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
        return amount(setting, value, Unit.NONE);
    }

    private static Requested.Amount amount(Setting setting, String value, Unit unit) {
        return new Requested.Amount(setting, new BigDecimal(value), unit);
    }

    private static Requested.Move move(Setting setting, Requested.Heading heading) {
        return new Requested.Move(setting, heading);
    }

    @Test
    void eachNumberGoesToTheSettingItStandsNextTo() {
        assertEquals(List.of(amount(Setting.LAYER_HEIGHT, "0.16"), amount(Setting.INFILL, "40", Unit.PERCENT)),
                in("use 0.16 layer height and 40% infill"));
    }

    @Test
    void aNumberIsUsedForOneSettingOnly() {
        assertEquals(List.of(amount(Setting.WALLS, "4"), amount(Setting.INFILL, "25", Unit.PERCENT)),
                in("Mais resistente: 4 paredes e 25% de preenchimento"));
    }

    @Test
    void aNumberDoesNotReachAcrossAClause() {
        assertEquals(List.of(amount(Setting.WALLS, "4"), amount(Setting.INFILL, "25", Unit.PERCENT)),
                in("更结实：4 个墙，25% 填充"));
        assertEquals(List.of(move(Setting.WALLS, Requested.Heading.MORE)), in("more walls, 25 of them"));
    }

    @Test
    void aDecimalCommaIsADecimalPoint() {
        assertEquals(List.of(amount(Setting.LAYER_HEIGHT, "0.16", Unit.LENGTH)), in("Schichthöhe bitte auf 0,16 mm"));
    }

    @Test
    void digitsInsideWordsAreNoValues() {
        assertEquals(List.of(move(Setting.INFILL, Requested.Heading.MORE)), in("my 3D printer needs more infill"));
    }

    @Test
    void aNegationSwitchesOffOnlyTheSettingNextToIt() {
        assertEquals(List.of(new Requested.Switch(Setting.SUPPORTS, false), new Requested.Switch(Setting.BRIM, true)),
                in("no supports, but add a brim"));
        assertEquals(List.of(new Requested.Switch(Setting.SUPPORTS, false)), in("不要支撑"));
    }

    @Test
    void theLongestSettingNameWins() {
        assertEquals(List.of(amount(Setting.BED_TEMPERATURE, "60", Unit.NONE)), in("bed temperature 60"));
        assertEquals(List.of(amount(Setting.NOZZLE_TEMPERATURE, "215", Unit.TEMPERATURE)), in("temperature 215°C"));
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

    // ---- units, the settings' own names, and directions

    @Test
    void theUnitAfterANumber_isReadWithIt_gluedOrSpaced() {
        assertEquals(List.of(amount(Setting.OUTER_WALL, "45", Unit.SPEED)), in("outer wall at 45mm/s"));
        assertEquals(List.of(amount(Setting.OUTER_WALL, "45", Unit.SPEED)), in("outer wall at 45 mm/s"));
        assertEquals(List.of(amount(Setting.BRIM, "6", Unit.LENGTH)), in("brim of 6 mm"));
        assertEquals(List.of(amount(Setting.OUTER_WALL, "3000", Unit.ACCELERATION)), in("outer wall 3000 mm/s²"));
        assertEquals(List.of(amount(Setting.NOZZLE_TEMPERATURE, "230", Unit.TEMPERATURE)), in("温度230℃"));
    }

    @Test
    void aWallSpeedInSpanish_landsOnTheOuterWall_notOnTheWallCount() {
        assertEquals(List.of(amount(Setting.OUTER_WALL, "45", Unit.SPEED)),
                in("pon el perímetro exterior a 45 mm/s por favor"));
        assertEquals(List.of(amount(Setting.OUTER_WALL, "45", Unit.SPEED)), in("Pared exterior: 45 mm/s"));
    }

    @Test
    void aCountBeforeTheSettingsName_isItsValue_inEveryLanguage() {
        assertEquals(List.of(amount(Setting.WALLS, "3")), in("Bitte 3 Wände"));
        assertEquals(List.of(amount(Setting.TOP_LAYERS, "7")), in("7 couches supérieures"));
        assertEquals(List.of(amount(Setting.BOTTOM_LAYERS, "4")), in("нижних слоёв 4"));
    }

    @Test
    void aBareLayerWithANumber_isALayerHeight_andTheFirstLayerIsItsOwnSetting() {
        assertEquals(List.of(amount(Setting.LAYER, "0.2")), in("layer 0.2 please"));
        assertEquals(List.of(amount(Setting.LAYER, "0.12")), in("capa 0,12"));
        assertEquals(List.of(amount(Setting.FIRST_LAYER, "0.28", Unit.LENGTH)), in("first layer 0.28 mm"));
    }

    @Test
    void aDirectionNextToASetting_movesIt() {
        assertEquals(List.of(move(Setting.BRIM, Requested.Heading.WIDER)), in("can you make the brim wider"));
        assertEquals(List.of(move(Setting.TOP_LAYERS, Requested.Heading.MORE)), in("I'd like more top layers"));
        assertEquals(List.of(move(Setting.TOP_LAYERS, Requested.Heading.MORE)), in("raise the top shells a bit"));
        assertEquals(List.of(move(Setting.OUTER_WALL, Requested.Heading.SLOWER)), in("slower outer wall"));
        assertEquals(List.of(move(Setting.OUTER_WALL, Requested.Heading.SLOWER)), in("perímetro exterior más lento"));
        assertEquals(List.of(move(Setting.BRIM, Requested.Heading.WIDER)), in("裙边加宽一点"));
        assertEquals(List.of(move(Setting.WALLS, Requested.Heading.LESS)), in("weniger Wände bitte"));
    }

    @Test
    void aCommonWord_movesOnlyWithAWordThatSaysWhichAmount() {
        assertEquals(List.of(move(Setting.LAYER, Requested.Heading.WIDER)), in("thicker layers"));
        assertEquals(List.of(), in("more layers"));
        assertEquals(List.of(move(Setting.FIRST_LAYER, Requested.Heading.SLOWER)), in("print the first layer slower"));
    }

    @Test
    void aNumberWins_overADirection_andASwitchOnlySwitches() {
        assertEquals(List.of(amount(Setting.BRIM, "8", Unit.LENGTH)), in("wider brim of 8 mm"));
        assertEquals(List.of(new Requested.Switch(Setting.BRIM, true)), in("add a brim"));
        assertEquals(List.of(new Requested.Switch(Setting.SUPPORTS, true)), in("more supports"));
    }
}
