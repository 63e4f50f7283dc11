package dev.slicewise.adapter.llm.embedded.cad;

import dev.slicewise.domain.cad.LengthUnit;
import dev.slicewise.domain.cad.Part;
import dev.slicewise.domain.cad.PartDesign;
import dev.slicewise.domain.cad.PartFamily;
import dev.slicewise.domain.cad.PartRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartRequestReaderTest {

    private static final PartRequestReader READER = new PartRequestReader();
    private static final double INCH = 25.4;

    static Stream<Arguments> requests() {
        return Stream.of(
                // en
                Arguments.of("Create a gear with 20 teeth and 40mm diameter", PartFamily.SPUR_GEAR, LengthUnit.MM,
                        Map.of("teeth", 20.0, Part.OUTSIDE_DIAMETER, 40.0)),
                Arguments.of("I need a 3 inch tall cylinder, 1.5 inch diameter", PartFamily.CYLINDER, LengthUnit.INCH,
                        Map.of("height", 3 * INCH, "diameter", 1.5 * INCH)),
                Arguments.of("make me a box 50 x 30 x 20 mm with 1.6 mm walls and a lid", PartFamily.BOX, LengthUnit.MM,
                        Map.of("width", 50.0, "depth", 30.0, "height", 20.0, "wall", 1.6, "lid", 1.0)),
                Arguments.of("mounting plate 120x80 mm, 4 mm thick, 4x2 M3 holes", PartFamily.HOLE_PLATE, LengthUnit.MM,
                        Map.of("width", 120.0, "depth", 80.0, "thickness", 4.0, "columns", 4.0, "rows", 2.0,
                                "hole_diameter", 3.4)),
                Arguments.of("spacer for an M5 bolt, 12mm long, Ø 10", PartFamily.TUBE, LengthUnit.MM,
                        Map.of("inner_diameter", 5.5, "height", 12.0, "outer_diameter", 10.0)),
                Arguments.of("an L-bracket 40mm wide with M4 holes", PartFamily.L_BRACKET, LengthUnit.MM,
                        Map.of("width", 40.0, "hole_diameter", 4.5)),
                Arguments.of("phone stand at 70° , 9 cm tall", PartFamily.PHONE_STAND, LengthUnit.CM,
                        Map.of("angle", 70.0, "height", 90.0)),
                // de
                Arguments.of("Ein Zahnrad mit 20 Zähne, Modul 1,5 und 6 mm dick", PartFamily.SPUR_GEAR, LengthUnit.MM,
                        Map.of("teeth", 20.0, "gear_module", 1.5, "thickness", 6.0)),
                Arguments.of("Kannst du mir eine Unterlegscheibe mit Durchmesser 24 mm und 2 mm Dicke machen?",
                        PartFamily.WASHER, LengthUnit.MM, Map.of("outer_diameter", 24.0, "thickness", 2.0)),
                // es
                Arguments.of("caja de 80x60x40 mm con tapa", PartFamily.BOX, LengthUnit.MM,
                        Map.of("width", 80.0, "depth", 60.0, "height", 40.0, "lid", 1.0)),
                Arguments.of("quiero un gancho de pared de 6 cm de alto", PartFamily.HOOK, LengthUnit.CM,
                        Map.of("height", 60.0)),
                // fr
                Arguments.of("Une rondelle de diamètre 30 mm avec un trou de 8 mm", PartFamily.WASHER, LengthUnit.MM,
                        Map.of("outer_diameter", 30.0, "inner_diameter", 8.0)),
                Arguments.of("un bouton de 35 mm de diamètre, 18 mm de haut", PartFamily.KNOB, LengthUnit.MM,
                        Map.of("diameter", 35.0, "height", 18.0)),
                // it
                Arguments.of("un ingranaggio da 32 denti, modulo 1 e foro da 5 mm", PartFamily.SPUR_GEAR, LengthUnit.MM,
                        Map.of("teeth", 32.0, "gear_module", 1.0, "bore", 5.0)),
                Arguments.of("fermacavo per un cavo di diametro 8 mm", PartFamily.CABLE_CLIP, LengthUnit.MM,
                        Map.of("cable_diameter", 8.0)),
                // pt-BR
                Arguments.of("faz uma caixa de 10 x 8 x 5 cm sem tampa", PartFamily.BOX, LengthUnit.CM,
                        Map.of("width", 100.0, "depth", 80.0, "height", 50.0)),
                Arguments.of("preciso de um espaçador sextavado de 20 mm de comprimento", PartFamily.HEX_SPACER, LengthUnit.MM,
                        Map.of("height", 20.0)),
                // ru
                Arguments.of("Сделай шестерню на 24 зуба, диаметр 52 мм, толщина 8 мм", PartFamily.SPUR_GEAR, LengthUnit.MM,
                        Map.of("teeth", 24.0, Part.OUTSIDE_DIAMETER, 52.0, "thickness", 8.0)),
                Arguments.of("коробка 100 на 60 на 30 мм с крышкой", PartFamily.BOX, LengthUnit.MM,
                        Map.of("width", 100.0, "depth", 60.0, "height", 30.0, "lid", 1.0)),
                // zh-CN
                Arguments.of("做一个圆柱，直径30毫米，高50毫米", PartFamily.CYLINDER, LengthUnit.MM,
                        Map.of("diameter", 30.0, "height", 50.0)),
                Arguments.of("帮我设计一个20齿的齿轮，模数2，厚度10毫米", PartFamily.SPUR_GEAR, LengthUnit.MM,
                        Map.of("teeth", 20.0, "gear_module", 2.0, "thickness", 10.0)),
                // zh-TW
                Arguments.of("我想要一個帶蓋的盒子 60x40x30 毫米", PartFamily.BOX, LengthUnit.MM,
                        Map.of("width", 60.0, "depth", 40.0, "height", 30.0, "lid", 1.0)),
                Arguments.of("做一個掛鉤，高8公分，寬2公分", PartFamily.HOOK, LengthUnit.CM,
                        Map.of("height", 80.0, "width", 20.0)),
                // more of each language
                Arguments.of("Print a washer with 1 inch outside diameter and a 3/8 inch hole", PartFamily.WASHER,
                        LengthUnit.INCH, Map.of("outer_diameter", INCH, "inner_diameter", 0.375 * INCH)),
                Arguments.of("cable clip for a 6mm cable", PartFamily.CABLE_CLIP, LengthUnit.MM,
                        Map.of("cable_diameter", 6.0)),
                Arguments.of("a cylinder with a radius of 12 mm, 30 mm long", PartFamily.CYLINDER, LengthUnit.MM,
                        Map.of("diameter", 24.0, "height", 30.0)),
                Arguments.of("tube, outer diameter 16 mm, inner diameter 12 mm, 40 mm long", PartFamily.TUBE,
                        LengthUnit.MM, Map.of("outer_diameter", 16.0, "inner_diameter", 12.0, "height", 40.0)),
                Arguments.of("Distanzhülse Außendurchmesser 12 mm, Innendurchmesser 6,5 mm, 25 mm lang", PartFamily.TUBE,
                        LengthUnit.MM, Map.of("outer_diameter", 12.0, "inner_diameter", 6.5, "height", 25.0)),
                Arguments.of("цилиндр радиусом 15 мм и высотой 40 мм", PartFamily.CYLINDER, LengthUnit.MM,
                        Map.of("diameter", 30.0, "height", 40.0)),
                Arguments.of("Drehknopf 25 mm Durchmesser für eine 6 mm Welle", PartFamily.KNOB, LengthUnit.MM,
                        Map.of("diameter", 25.0, "shaft_diameter", 6.0)),
                Arguments.of("Lochplatte 100 x 60 mm mit 12 Löchern", PartFamily.HOLE_PLATE, LengthUnit.MM,
                        Map.of("width", 100.0, "depth", 60.0, "columns", 4.0, "rows", 3.0)),
                Arguments.of("Handyhalter, 12 cm hoch, 8 cm breit", PartFamily.PHONE_STAND, LengthUnit.CM,
                        Map.of("height", 120.0, "width", 80.0)),
                Arguments.of("un engranaje de 15 dientes con diámetro exterior de 34 mm", PartFamily.SPUR_GEAR,
                        LengthUnit.MM, Map.of("teeth", 15.0, Part.OUTSIDE_DIAMETER, 34.0)),
                Arguments.of("arandela M6", PartFamily.WASHER, LengthUnit.MM, Map.of("inner_diameter", 6.6)),
                Arguments.of("une équerre de 50 mm de long et 30 mm de large, épaisseur 3 mm", PartFamily.L_BRACKET,
                        LengthUnit.MM, Map.of("length", 50.0, "width", 30.0, "thickness", 3.0)),
                Arguments.of("un tube de 2,5 cm de diamètre et 10 cm de long", PartFamily.TUBE, LengthUnit.CM,
                        Map.of("outer_diameter", 25.0, "height", 100.0)),
                Arguments.of("un cilindro alto 60 mm con diametro 20 mm", PartFamily.CYLINDER, LengthUnit.MM,
                        Map.of("height", 60.0, "diameter", 20.0)),
                Arguments.of("staffa a L con fori M5, spessore 4 mm", PartFamily.L_BRACKET, LengthUnit.MM,
                        Map.of("hole_diameter", 5.5, "thickness", 4.0)),
                Arguments.of("quero uma engrenagem de 40 dentes, módulo 1,25", PartFamily.SPUR_GEAR, LengthUnit.MM,
                        Map.of("teeth", 40.0, "gear_module", 1.25)),
                Arguments.of("suporte de celular com ângulo de 60 graus", PartFamily.PHONE_STAND, LengthUnit.MM,
                        Map.of("angle", 60.0)),
                Arguments.of("Нужна шайба диаметром 20 мм с отверстием 10,5 мм", PartFamily.WASHER, LengthUnit.MM,
                        Map.of("outer_diameter", 20.0, "inner_diameter", 10.5)),
                Arguments.of("крючок для полотенец, высота 7 см", PartFamily.HOOK, LengthUnit.CM, Map.of("height", 70.0)),
                Arguments.of("六角隔离柱，M3，长20毫米", PartFamily.HEX_SPACER, LengthUnit.MM,
                        Map.of("bore", 3.4, "height", 20.0)),
                Arguments.of("请做一个旋钮，直径40毫米，高度25毫米", PartFamily.KNOB, LengthUnit.MM,
                        Map.of("diameter", 40.0, "height", 25.0)),
                Arguments.of("我需要一個3英寸高的圓柱", PartFamily.CYLINDER, LengthUnit.INCH, Map.of("height", 3 * INCH)),
                Arguments.of("齒輪 30齒 外徑 64mm", PartFamily.SPUR_GEAR, LengthUnit.MM,
                        Map.of("teeth", 30.0, Part.OUTSIDE_DIAMETER, 64.0)));
    }

    /** How makers write: synonyms of the families, words before their numbers, inner and outer sizes, signs. */
    static Stream<Arguments> makersWording() {
        return Stream.of(
                // words before their numbers, and mixed orders
                Arguments.of("cilindro diametro 18 mm altezza 45 mm", PartFamily.CYLINDER, LengthUnit.MM,
                        Map.of("diameter", 18.0, "height", 45.0)),
                Arguments.of("cilindro altezza 45 mm diametro 18 mm", PartFamily.CYLINDER, LengthUnit.MM,
                        Map.of("diameter", 18.0, "height", 45.0)),
                Arguments.of("cilindro diámetro 22 mm altura 35 mm", PartFamily.CYLINDER, LengthUnit.MM,
                        Map.of("diameter", 22.0, "height", 35.0)),
                Arguments.of("套管 长30mm 孔径4.2mm 外径9mm", PartFamily.TUBE, LengthUnit.MM,
                        Map.of("height", 30.0, "inner_diameter", 4.2, "outer_diameter", 9.0)),
                Arguments.of("六角铜柱 对边8mm 长15mm", PartFamily.HEX_SPACER, LengthUnit.MM,
                        Map.of("across_flats", 8.0, "height", 15.0)),
                Arguments.of("圓柱 高40mm，直徑12mm", PartFamily.CYLINDER, LengthUnit.MM,
                        Map.of("height", 40.0, "diameter", 12.0)),
                Arguments.of("a tube OD 22 mm ID 15 mm, 18 mm long", PartFamily.TUBE, LengthUnit.MM,
                        Map.of("outer_diameter", 22.0, "inner_diameter", 15.0, "height", 18.0)),
                Arguments.of("a knob 28 mm wide 14 mm tall", PartFamily.KNOB, LengthUnit.MM,
                        Map.of("diameter", 28.0, "height", 14.0)),
                // inner and outer
                Arguments.of("Rohr, außen 18 mm, innen 11 mm, 35 mm lang", PartFamily.TUBE, LengthUnit.MM,
                        Map.of("outer_diameter", 18.0, "inner_diameter", 11.0, "height", 35.0)),
                Arguments.of("arandela Ø ext 26 mm Ø int 10,5 mm", PartFamily.WASHER, LengthUnit.MM,
                        Map.of("outer_diameter", 26.0, "inner_diameter", 10.5)),
                Arguments.of("tubo exterior 14 mm, interior 9 mm", PartFamily.TUBE, LengthUnit.MM,
                        Map.of("outer_diameter", 14.0, "inner_diameter", 9.0)),
                Arguments.of("rondella esterno 24 mm interno 12 mm", PartFamily.WASHER, LengthUnit.MM,
                        Map.of("outer_diameter", 24.0, "inner_diameter", 12.0)),
                Arguments.of("трубка наружный 16 мм, внутренний 10 мм", PartFamily.TUBE, LengthUnit.MM,
                        Map.of("outer_diameter", 16.0, "inner_diameter", 10.0)),
                Arguments.of("washer 30 mm outer, 13 mm inner", PartFamily.WASHER, LengthUnit.MM,
                        Map.of("outer_diameter", 30.0, "inner_diameter", 13.0)),
                // signs and words of one part
                Arguments.of("a cylinder 3″ tall and 2″ across", PartFamily.CYLINDER, LengthUnit.INCH,
                        Map.of("height", 3 * INCH, "diameter", 2 * INCH)),
                Arguments.of("Sechskant-Distanzbolzen SW 8, 25 mm lang", PartFamily.HEX_SPACER, LengthUnit.MM,
                        Map.of("across_flats", 8.0, "height", 25.0)),
                Arguments.of("Wandhaken mit 35 mm Ausladung, 5 cm hoch", PartFamily.HOOK, LengthUnit.MM,
                        Map.of("depth", 35.0, "height", 50.0)),
                Arguments.of("un gancho de 45 mm de altura", PartFamily.HOOK, LengthUnit.MM, Map.of("height", 45.0)),
                // the legs of an L-bracket
                Arguments.of("an L bracket with legs of 45 mm, 25 mm wide", PartFamily.L_BRACKET, LengthUnit.MM,
                        Map.of("length", 45.0, "height", 45.0, "width", 25.0)),
                Arguments.of("L bracket 50 x 35 mm, width 18", PartFamily.L_BRACKET, LengthUnit.MM,
                        Map.of("length", 50.0, "height", 35.0, "width", 18.0)),
                Arguments.of("Winkel, Schenkel 40 mm, 3 mm dick", PartFamily.L_BRACKET, LengthUnit.MM,
                        Map.of("length", 40.0, "height", 40.0, "thickness", 3.0)),
                // grids of holes
                Arguments.of("a plate with 2 rows of 5 holes", PartFamily.HOLE_PLATE, LengthUnit.MM,
                        Map.of("rows", 2.0, "columns", 5.0)),
                Arguments.of("a plate with 15 holes in 3 rows", PartFamily.HOLE_PLATE, LengthUnit.MM,
                        Map.of("rows", 3.0, "columns", 5.0)),
                Arguments.of("Lochplatte mit 4 Spalten und 3 Reihen Löcher", PartFamily.HOLE_PLATE, LengthUnit.MM,
                        Map.of("columns", 4.0, "rows", 3.0)),
                Arguments.of("placa con 2 filas de 6 agujeros", PartFamily.HOLE_PLATE, LengthUnit.MM,
                        Map.of("rows", 2.0, "columns", 6.0)),
                Arguments.of("plaque percée, 5 colonnes et 2 rangées", PartFamily.HOLE_PLATE, LengthUnit.MM,
                        Map.of("columns", 5.0, "rows", 2.0)),
                Arguments.of("piastra forata con 3 file di 7 fori", PartFamily.HOLE_PLATE, LengthUnit.MM,
                        Map.of("rows", 3.0, "columns", 7.0)),
                Arguments.of("placa com 4 fileiras de 2 furos", PartFamily.HOLE_PLATE, LengthUnit.MM,
                        Map.of("rows", 4.0, "columns", 2.0)),
                Arguments.of("пластина: 2 ряда по 3 отверстия", PartFamily.HOLE_PLATE, LengthUnit.MM,
                        Map.of("rows", 2.0, "columns", 3.0)),
                Arguments.of("孔板 2行5列", PartFamily.HOLE_PLATE, LengthUnit.MM, Map.of("rows", 2.0, "columns", 5.0)),
                Arguments.of("plate 90x70, 4 x 2 holes", PartFamily.HOLE_PLATE, LengthUnit.MM,
                        Map.of("width", 90.0, "depth", 70.0, "columns", 4.0, "rows", 2.0)),
                // synonyms of the families
                Arguments.of("ein Montagewinkel, 40 mm breit", PartFamily.L_BRACKET, LengthUnit.MM,
                        Map.of("width", 40.0)),
                Arguments.of("Befestigungswinkel mit 3 mm Dicke", PartFamily.L_BRACKET, LengthUnit.MM,
                        Map.of("thickness", 3.0)),
                Arguments.of("un soporte para el móvil de 10 cm de alto", PartFamily.PHONE_STAND, LengthUnit.CM,
                        Map.of("height", 100.0)),
                Arguments.of("держатель для смартфона высотой 12 см", PartFamily.PHONE_STAND, LengthUnit.CM,
                        Map.of("height", 120.0)),
                Arguments.of("шестигранная стойка длиной 12 мм", PartFamily.HEX_SPACER, LengthUnit.MM,
                        Map.of("height", 12.0)),
                Arguments.of("зубчатое колесо на 18 зубьев", PartFamily.SPUR_GEAR, LengthUnit.MM,
                        Map.of("teeth", 18.0)),
                Arguments.of("做一個牆鉤，高6公分", PartFamily.HOOK, LengthUnit.CM, Map.of("height", 60.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("makersWording")
    void readsHowMakersWrite(String message, PartFamily family, LengthUnit unit, Map<String, Double> values) {
        readsTheFamilyUnitAndValues(message, family, unit, values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void readsTheFamilyUnitAndValues(String message, PartFamily family, LengthUnit unit, Map<String, Double> values) {
        PartRequest request = READER.read(message).orElseThrow(() -> new AssertionError("no part read: " + message));

        assertEquals(family, request.family(), message);
        assertEquals(unit, request.unit(), message);
        assertEquals(values.keySet(), request.values().keySet(), message + " read " + request.values());
        values.forEach((name, value) -> assertEquals(value, request.values().get(name), 1e-9, message + " " + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"make it stronger", "what is my layer height?", "Wie stelle ich die Düse ein?",
            "打印速度太慢", "слишком много нитей", "20 mm brim please"})
    void aMessageThatNamesNoPart_isNoDesignRequest(String message) {
        assertTrue(READER.read(message).isEmpty(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a wahser for an M6 bolt", "a washerr 30 mm", "Zahnard mit 24 Zähnen", "una arandla de 18 mm",
            "un ingranagio da 30 denti", "шестреня на 16 зубьев", "une rondlele de 20 mm", "Unterlegscheiebe M8",
            "a bracket", "a brakcet 40 mm wide"})
    void aFamilyWordWithOneLetterMoreMissingOrSwapped_isStillRead(String message) {
        assertTrue(READER.read(message).isPresent(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bis später", "wie viel Wasser", "place it in the middle", "raconte une blague",
            "resetta la chat", "ci sono buchi nelle pareti", "a geer", "schreibe mir etwas", "что такое вулкан",
            "пластик коробит", "leave some space"})
    void aCommonWordOneLetterFromAFamilyWord_orAShortWord_isNoPart(String message) {
        assertTrue(READER.read(message).isEmpty(), message);
    }

    @Test
    void aMisspeltFamilyWord_isNotAPartForTheIntentModel() {
        assertTrue(READER.familyIn("a wahser for an M6 bolt").isEmpty());
        assertEquals(PartFamily.WASHER, READER.familyIn("a washer for an M6 bolt").orElseThrow());
    }

    @Test
    void aGearWithFourTeeth_isReadAndThenRefusedByTheModel() {
        PartRequest request = READER.read("a gear with 4 teeth").orElseThrow();

        assertInstanceOf(PartDesign.Refused.class, request.design());
    }

    @Test
    void everyLanguageHasItsTable_withEveryFamily() {
        CadWords words = CadWords.load();

        assertEquals(PartFamily.values().length, words.groups("family.").size());
    }
}
