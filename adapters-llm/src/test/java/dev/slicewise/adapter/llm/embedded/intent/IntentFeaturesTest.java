package dev.slicewise.adapter.llm.embedded.intent;

import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntentFeaturesTest {

    private static Collection<String> features(String text) {
        return new IntentFeatures().extractFeatures(IntentTokeniser.tokens(text).toArray(String[]::new), Map.of());
    }

    @Test
    void words_giveWordBigramAndTrigramFeatures() {
        Collection<String> features = features("change filament");

        assertTrue(features.containsAll(List.of(
                "w=change", "w=filament", "b=change_filament", "t=^ch", "t=nge", "t=ge$", "t=^fi", "t=nt$")));
    }

    @Test
    void typo_sharesMostTrigramsWithTheWord() {
        Collection<String> typo = features("infil");
        Collection<String> word = features("infill");

        assertTrue(typo.containsAll(List.of("t=^in", "t=inf", "t=nfi", "t=fil")));
        assertTrue(word.containsAll(List.of("t=^in", "t=inf", "t=nfi", "t=fil")));
    }

    @Test
    void shortWordsAndNumbers_haveNoTrigrams() {
        Collection<String> features = features("to 40");

        assertTrue(features.contains("w=to"));
        assertTrue(features.contains("w=#"));
        assertTrue(features.stream().noneMatch(feature -> feature.startsWith("t=")));
    }

    @Test
    void wordsOfFiveLettersOrMore_shareTheirFirstFourLettersAcrossForms() {
        assertTrue(features("Stützen").contains("p=stut"));
        assertTrue(features("Stütze").contains("p=stut"));
        assertTrue(features("катушку").contains("p=кату"));
        assertTrue(features("катушка").contains("p=кату"));
    }

    @Test
    void shortWordsNumbersAndChinese_haveNoPrefix() {
        assertTrue(features("brim fan 0.16 切片模型").stream().noneMatch(feature -> feature.startsWith("p=")));
    }

    @Test
    void chinese_givesCharacterUnigramsBigramsAndTrigrams() {
        Collection<String> features = features("帮我切片");

        assertTrue(features.containsAll(List.of(
                "z=切", "z=切片", "z=帮我切", "z=我切片", "f=帮", "l=片")));
        assertFalse(features.contains("w=帮我切片"));
    }

    @Test
    void firstAndLastWords_areMarked() {
        Collection<String> features = features("what is my infill");

        assertTrue(features.contains("f=what"));
        assertTrue(features.contains("l=infill"));
    }

    @Test
    void noTokens_giveNoFeatures() {
        assertEquals(0, features("?!").size());
    }

    @Test
    void repeatedWord_countsOnce() {
        Collection<String> features = features("slice slice");

        assertEquals(1, features.stream().filter("w=slice"::equals).count());
    }

    @Test
    void conceptTokens_becomeConceptFeatures_andAreNeitherWordsNorEdges() {
        Collection<String> features = new IntentFeatures().extractFeatures(
                new String[] {"more", "infill", IntentFeatures.CONCEPT_MARK + "setting=INFILL"}, Map.of());

        assertTrue(features.containsAll(List.of("c=setting=INFILL", "f=more", "l=infill")));
        assertFalse(features.stream().anyMatch(feature -> feature.startsWith("w=§") || feature.contains("=§")));
    }

    @Test
    void theTokeniser_dropsTheConceptMark_soNoWordPosesAsAConcept() {
        assertEquals(List.of("setting", "infill"), IntentTokeniser.tokens(IntentFeatures.CONCEPT_MARK + "setting=infill"));
    }
}
