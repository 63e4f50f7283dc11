package dev.slicewise.adapter.llm.embedded;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalisedTextTest {

    @Test
    void latinAccentsAndCaseAreDropped() {
        assertEquals("la premiere couche n'adhere pas", NormalisedText.of("La PREMIÈRE couche n’adhère pas").value());
    }

    @Test
    void cyrillicKeepsItsLettersButYoIsWrittenYe() {
        assertEquals("мой слой еще", NormalisedText.of("Мой слой ещё").value());
        assertEquals("й", NormalisedText.of("Й").value());
    }

    @Test
    void fullWidthDigitsAndSignsBecomeAscii() {
        assertEquals("填充40%,好吗?", NormalisedText.of("填充４０％，好吗？").value());
    }

    @Test
    void dashesBecomeSpacesAndWhitespaceCollapses() {
        assertEquals("under extrusion on the top", NormalisedText.of("  under-extrusion \t on\nthe  top ").value());
    }

    @Test
    void germanSharpSBecomesDoubleS() {
        assertEquals("grosse", NormalisedText.of("Größe").value());
    }

    @Test
    void everyPartOfTheText_mayBeContained_soThePairTestNeverHidesAPhrase() {
        NormalisedText text = NormalisedText.of("PETG 的回抽帮我调一下, more infill please");
        String value = text.value();

        for (int start = 0; start < value.length(); start++) {
            for (int end = start + 1; end <= value.length(); end++) {
                assertTrue(text.mayContain(NormalisedText.firstPairKey(value.substring(start, end))),
                        value.substring(start, end));
            }
        }
    }

    @Test
    void pairsTheTextLacks_areMostlyRuledOut() {
        NormalisedText text = NormalisedText.of("more infill please");
        List<String> absent = List.of("stringing", "warping", "层高", "回抽", "Stützen", "brim", "vase", "zits", "ghost");

        long ruledOut = absent.stream()
                .filter(word -> !text.mayContain(NormalisedText.firstPairKey(NormalisedText.of(word).value())))
                .count();
        assertTrue(ruledOut >= absent.size() - 2, "ruled out " + ruledOut + " of " + absent.size());
    }
}
