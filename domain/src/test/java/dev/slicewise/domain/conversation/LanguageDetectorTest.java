package dev.slicewise.domain.conversation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageDetectorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EN    | Could you make this bracket stronger?
            ZH_CN | 我的层高是多少
            ZH_TW | 我的層高是多少
            ZH_CN | 能让这个支架更结实一点吗？我用的是 PLA
            RU    | Как сделать деталь прочнее?
            RU    | Какая у меня infill?
            PT_BR | Como deixar a peça mais forte?
            ES    | ¿Cómo hago la pieza más resistente?
            DE    | Wie mache ich das Teil stabiler?
            FR    | Comment rendre la pièce plus solide ?
            IT    | Come rendo il pezzo più resistente?
            """)
    void tellsTheLanguageOfAMessage(Language expected, String message) {
        assertEquals(expected, LanguageDetector.detect(message, Language.EN));
    }

    @Test
    void chineseWithoutTellingCharacters_keepsTheRequestedChinese_elseSimplified() {
        assertEquals(Language.ZH_TW, LanguageDetector.detect("你好", Language.ZH_TW));
        assertEquals(Language.ZH_CN, LanguageDetector.detect("你好", Language.ZH_CN));
        assertEquals(Language.ZH_CN, LanguageDetector.detect("你好", Language.DE));
    }

    @Test
    void whenItCannotTell_theFallbackIsTheAnswer() {
        assertEquals(Language.DE, LanguageDetector.detect("PLA 0.2", Language.DE));
        assertEquals(Language.FR, LanguageDetector.detect("", Language.FR));
        assertEquals(Language.IT, LanguageDetector.detect("12345 ?!", Language.IT));
    }

    @Test
    void anEnglishMessageIsAnsweredInEnglish_whateverTheSlicersLanguage() {
        assertEquals(Language.EN, LanguageDetector.detect("what is my infill?", Language.ZH_CN));
    }
}
