package dev.slicewise.adapter.llm.embedded;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseTest {

    private static List<Span> find(String phrase, String text) {
        return Phrase.parse(phrase).occurrencesIn(NormalisedText.of(text));
    }

    @Test
    void aWordMatchesOnlyAWholeWord() {
        assertTrue(find("hi", "this is a high bed").isEmpty());
        assertEquals(List.of(new Span(0, 2)), find("hi", "hi there"));
    }

    @Test
    void aStarredWordAlsoMatchesLongerWords() {
        assertEquals(List.of(new Span(10, 17)), find("warp*", "my print, warping badly"));
        assertTrue(find("warp*", "a rewarp").isEmpty());
    }

    @Test
    void everyPartOfAConjunctionMustOccur() {
        assertEquals(1, find("add & printer*", "how do I add another printer").size());
        assertTrue(find("add & printer*", "how do I add a filament").isEmpty());
    }

    @Test
    void chineseMatchesInsideRunningText() {
        assertEquals(List.of(new Span(2, 4)), find("拉丝", "打印拉丝很严重"));
    }

    @Test
    void aLatinWordNextToChineseIsStillAWord() {
        assertEquals(List.of(new Span(2, 5)), find("pla", "我用PLA打印"));
        assertTrue(find("pla", "我用plastic打印").isEmpty());
    }

    @Test
    void phrasesAreNormalisedLikeMessages() {
        assertEquals(1, find("première couche", "la PREMIERE couche").size());
    }

    @Test
    void aPartWithoutAWordIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Phrase.parse("add & "));
        assertThrows(IllegalArgumentException.class, () -> Phrase.parse("*"));
    }
}
