package dev.slicewise.adapter.llm.embedded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The phrases of one group of a {@link PhraseTable}, indexed by the first two characters of each phrase's first
 * part. A message is only compared with the phrases whose first two characters it contains
 * ({@link NormalisedText#forEachPairIn}), a handful of the hundreds a group holds.
 */
final class PhraseGroup {

    private static final Phrase[] NONE = {};

    private final Phrase[] unindexed;
    /** By {@link NormalisedText#firstPairKey}: the phrases whose first part starts with such a pair. */
    private final Phrase[][] byFirstPair = new Phrase[NormalisedText.PAIR_KEYS][];
    private final long[] firstPairs;

    PhraseGroup(List<Phrase> phrases) {
        List<Phrase> unindexed = new ArrayList<>();
        List<Integer> keys = new ArrayList<>();
        for (Phrase phrase : phrases) {
            int key = phrase.firstPairKey();
            if (key == NormalisedText.NO_PAIR) {
                unindexed.add(phrase);
            } else {
                Phrase[] bucket = byFirstPair[key] == null ? NONE : byFirstPair[key];
                byFirstPair[key] = Arrays.copyOf(bucket, bucket.length + 1);
                byFirstPair[key][bucket.length] = phrase;
                keys.add(key);
            }
        }
        this.unindexed = unindexed.toArray(Phrase[]::new);
        this.firstPairs = NormalisedText.pairSet(keys);
    }

    /** The phrases that may occur in the text; every phrase that does is among them. */
    List<Phrase> candidatesIn(NormalisedText text) {
        List<Phrase> candidates = new ArrayList<>(Arrays.asList(unindexed));
        text.forEachPairIn(firstPairs, key -> candidates.addAll(Arrays.asList(byFirstPair[key])));
        return candidates;
    }
}
