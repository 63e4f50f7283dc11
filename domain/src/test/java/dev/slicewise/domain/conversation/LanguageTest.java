package dev.slicewise.domain.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {

    @ParameterizedTest
    @CsvSource({"zh-CN,ZH_CN", "zh_cn,ZH_CN", "ZH-tw,ZH_TW", "pt_BR,PT_BR", "en-US,EN", "en,EN", "es,ES", "de,DE",
            "fr,FR", "it,IT", "ru,RU", "ja,EN", "pt,EN", "'',EN"})
    void fromTag_isCaseInsensitive_acceptsUnderscore_andFallsBackToEnglish(String tag, Language expected) {
        assertEquals(expected, Language.fromTag(tag));
    }

    @org.junit.jupiter.api.Test
    void absentTag_isEnglish() {
        assertEquals(Language.EN, Language.fromTag(null));
    }
}
