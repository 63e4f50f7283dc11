package dev.slicewise.adapter.llm.embedded;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
