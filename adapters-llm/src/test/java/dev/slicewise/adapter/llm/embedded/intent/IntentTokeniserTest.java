package dev.slicewise.adapter.llm.embedded.intent;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntentTokeniserTest {

    @Test
    void latinText_isLowerCasedWithoutAccentsOrPunctuation() {
        assertEquals(List.of("reduza", "a", "retracao", "por", "favor"),
                IntentTokeniser.tokens("Reduza a RETRAÇÃO, por favor!"));
        assertEquals(List.of("cambia", "l", "altezza", "del", "layer"),
                IntentTokeniser.tokens("Cambia l'altezza del layer?"));
    }

    @Test
    void germanSharpS_readsAsDoubleS() {
        assertEquals(List.of("grosse", "wande"), IntentTokeniser.tokens("Größe Wände"));
    }

    @Test
    void cyrillic_keepsItsLettersAndReadsYoAsYe() {
        assertEquals(List.of("еще", "поддержки", "и", "слой"), IntentTokeniser.tokens("Ещё поддержки и слой"));
    }

    @Test
    void numbers_becomeOneToken_decimalsIncluded() {
        assertEquals(List.of("infill", "#", "layer", "#", "#"),
                IntentTokeniser.tokens("infill 40% layer 0.16 0,2"));
    }

    @Test
    void lettersMixedWithDigits_stayWords() {
        assertEquals(List.of("switch", "to", "the", "k1", "max", "or", "x1c"),
                IntentTokeniser.tokens("switch to the K1 Max or X1C"));
    }

    @Test
    void fullWidthCharacters_becomeAscii() {
        assertEquals(List.of("pla", "#"), IntentTokeniser.tokens("ＰＬＡ　２１５"));
    }

    @Test
    void chineseRun_isOneTokenApartFromLatinWords() {
        assertEquals(List.of("petg", "的回抽帮我调一下"), IntentTokeniser.tokens("PETG的回抽帮我调一下。"));
        assertEquals(List.of("层高设成", "#"), IntentTokeniser.tokens("层高设成0.16"));
    }

    @Test
    void chineseRun_isRecognisedAsCjk() {
        assertTrue(IntentTokeniser.isCjk("切片"));
        assertFalse(IntentTokeniser.isCjk("slice"));
        assertFalse(IntentTokeniser.isCjk(""));
    }

    @Test
    void textWithoutLettersOrDigits_hasNoTokens() {
        assertEquals(List.of(), IntentTokeniser.tokens(""));
        assertEquals(List.of(), IntentTokeniser.tokens("?! ... 👍"));
    }
}
