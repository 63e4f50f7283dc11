package dev.slicewise.adapter.llm.embedded.intent;

import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntentDatasetTest {

    /** The least number of training utterances per intent and language. */
    private static final Map<Language, Integer> MIN_TRAINING = Map.of(
            Language.EN, 100, Language.ZH_CN, 50, Language.ZH_TW, 40, Language.PT_BR, 40, Language.ES, 40,
            Language.DE, 40, Language.FR, 40, Language.IT, 40, Language.RU, 40);

    private static final LabelledDataset<LabelledUtterance> SHIPPED = IntentDataset.load();

    @Test
    void shippedDataset_hasEnoughTrainingUtterancesForEveryIntentInEveryLanguage() {
        Map<String, Long> counts = SHIPPED.split().training().stream()
                .collect(Collectors.groupingBy(u -> u.language() + " " + u.intent(), Collectors.counting()));
        List<String> tooFew = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Intent intent : Intent.values()) {
                if (intent == Intent.UNCLEAR) {
                    continue;
                }
                long count = counts.getOrDefault(language.tag() + " " + intent, 0L);
                if (count < MIN_TRAINING.get(language)) {
                    tooFew.add(language.tag() + " " + intent + ": " + count);
                }
            }
        }
        assertEquals(List.of(), tooFew);
    }

    @Test
    void shippedDataset_hasNoUtteranceTwice() {
        Map<String, List<String>> byNormalisedText = SHIPPED.all().stream().collect(Collectors.groupingBy(
                u -> String.join(" ", IntentTokeniser.normalise(u.text()).split("[^\\p{L}\\p{N}]+")).strip(),
                Collectors.mapping(LabelledUtterance::text, Collectors.toList())));
        List<List<String>> duplicates = byNormalisedText.values().stream().filter(texts -> texts.size() > 1).toList();
        assertEquals(List.of(), duplicates);
    }

    /**
     * The held-out part measures paraphrases, not copies: no held-out utterance has the same words as a training one
     * once normalised the way the model sees them (case, accents, punctuation, any number as {@code #}), in any order
     * and however often repeated. "set infill to 40%" / "set infill to 15%" and "hello" / "hello hello" are copies.
     */
    @Test
    void heldOutUtterances_areNotCopiesOfTrainingUtterances() {
        LabelledDataset.Split<LabelledUtterance> split = SHIPPED.split();
        Map<Set<String>, String> trainingByWords = new HashMap<>();
        split.training().forEach(u -> trainingByWords.put(Set.copyOf(IntentTokeniser.tokens(u.text())), u.text()));

        List<String> copies = split.heldOut().stream()
                .filter(u -> trainingByWords.containsKey(Set.copyOf(IntentTokeniser.tokens(u.text()))))
                .map(u -> u.text() + " == " + trainingByWords.get(Set.copyOf(IntentTokeniser.tokens(u.text()))))
                .toList();
        assertEquals(List.of(), copies);
    }

    @Test
    void split_holdsOutEveryFifthUtteranceOfEachLanguageAndIntent() {
        List<String> lines = new ArrayList<>(List.of(IntentDataset.HEADER));
        for (int i = 1; i <= 10; i++) {
            lines.add("en\tGREETING\thello " + i);
            lines.add("de\tGREETING\thallo " + i);
        }
        for (int i = 1; i <= 4; i++) {
            lines.add("en\tOFF_TOPIC\tjoke " + i);
        }

        LabelledDataset.Split<LabelledUtterance> split = IntentDataset.parse(lines).split();

        assertEquals(List.of("hello 5", "hallo 5", "hello 10", "hallo 10"),
                split.heldOut().stream().map(LabelledUtterance::text).toList());
        assertEquals(20, split.training().size());
    }

    @Test
    void split_isDisjointAndCoversTheWholeDataset() {
        LabelledDataset.Split<LabelledUtterance> split = SHIPPED.split();
        Set<LabelledUtterance> training = new HashSet<>(split.training());

        assertTrue(split.heldOut().stream().noneMatch(training::contains));
        assertEquals(SHIPPED.all().size(), split.training().size() + split.heldOut().size());
    }

    @Test
    void shippedDataset_coversEveryLanguageAndEveryIntentButUnclear() {
        Map<String, LabelledUtterance> byGroup = SHIPPED.all().stream().collect(Collectors.toMap(
                u -> u.language() + " " + u.intent(), Function.identity(), (first, second) -> first));

        assertEquals(Language.values().length * (Intent.values().length - 1), byGroup.size());
    }

    @Test
    void missingHeader_isRejected() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> IntentDataset.parse(List.of("en\tGREETING\thello")));
        assertTrue(error.getMessage().contains("must start with the header line"));
    }

    @Test
    void malformedLine_isRejectedWithItsLineNumber() {
        var error = assertThrows(IllegalArgumentException.class, () -> IntentDataset.parse(
                List.of(IntentDataset.HEADER, "en\tGREETING\thello", "en\tGREETING")));
        assertEquals("utterances.tsv line 3: expected 3 tab-separated columns, found 2", error.getMessage());
    }

    @Test
    void unknownIntent_isRejectedWithItsLineNumber() {
        var error = assertThrows(IllegalArgumentException.class, () -> IntentDataset.parse(
                List.of(IntentDataset.HEADER, "en\tDANCE\tlet's dance")));
        assertTrue(error.getMessage().startsWith("utterances.tsv line 2: "), error.getMessage());
    }
}
