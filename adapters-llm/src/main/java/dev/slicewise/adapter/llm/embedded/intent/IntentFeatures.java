package dev.slicewise.adapter.llm.embedded.intent;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * The features the maximum-entropy model sees, computed from {@link IntentTokeniser} tokens.
 *
 * <ul>
 *   <li>{@code w=} each word;</li>
 *   <li>{@code b=} each pair of neighbouring words ("change filament" is not "add filament");</li>
 *   <li>{@code t=} the character trigrams of each word of three letters or more, with {@code ^} and {@code $}
 *       marking its ends, so that "infil" and "slcie" still share most features with "infill" and "slice";</li>
 *   <li>{@code p=} the first four letters of each word of five letters or more, a crude stem, so that the forms of
 *       one word meet ("Stützen" and "Stütze", "катушку" and "катушка", "imprimante" and "imprimantes");</li>
 *   <li>{@code z=} the single characters, bigrams and trigrams of each Chinese run: Chinese is written without
 *       spaces and there is no segmenter here;</li>
 *   <li>{@code f=} and {@code l=} the first and the last word (for Chinese, character) of the message, which tell
 *       a request ("set ...", "帮我...") from a question ("what ...", "...吗");</li>
 *   <li>{@code c=} each concept of {@link Concepts}, passed in as a token that starts with {@link #CONCEPT_MARK}
 *       (the tokeniser drops that character from words, so no word can pose as a concept).</li>
 * </ul>
 * Each feature counts once per message. Stateless, so one instance serves every thread. Public only because
 * OpenNLP re-creates the feature generators of a model by reflection.
 */
public final class IntentFeatures implements FeatureGenerator {

    /** Starts a concept token; {@link IntentTokeniser} never leaves it in a word. */
    static final String CONCEPT_MARK = "§";

    private static final int MIN_WORD_FOR_TRIGRAMS = 3;
    private static final int MAX_CJK_GRAM = 3;
    private static final int MIN_WORD_FOR_PREFIX = 5;
    private static final int PREFIX_LENGTH = 4;

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        Set<String> features = new LinkedHashSet<>();
        String previousWord = null;
        String firstWord = null;
        for (String token : tokens) {
            if (token.startsWith(CONCEPT_MARK)) {
                features.add("c=" + token.substring(CONCEPT_MARK.length()));
                continue;
            }
            if (firstWord == null) {
                firstWord = token;
                features.add("f=" + edge(token, true));
            }
            if (IntentTokeniser.isCjk(token)) {
                addCharacterGrams(token, features);
                previousWord = null;
                continue;
            }
            features.add("w=" + token);
            if (previousWord != null) {
                features.add("b=" + previousWord + "_" + token);
            }
            addWordTrigrams(token, features);
            addPrefix(token, features);
            previousWord = token;
        }
        if (firstWord != null) {
            features.add("l=" + edge(lastWord(tokens), false));
        }
        return features;
    }

    private static String lastWord(String[] tokens) {
        for (int i = tokens.length - 1; ; i--) {
            if (!tokens[i].startsWith(CONCEPT_MARK)) {
                return tokens[i];
            }
        }
    }

    /** A word token itself; for a Chinese run, its first or last character. */
    private static String edge(String token, boolean first) {
        if (!IntentTokeniser.isCjk(token)) {
            return token;
        }
        int codePoint = first ? token.codePointAt(0) : token.codePointBefore(token.length());
        return Character.toString(codePoint);
    }

    private static void addWordTrigrams(String word, Set<String> features) {
        if (word.length() < MIN_WORD_FOR_TRIGRAMS || word.equals(IntentTokeniser.NUMBER)) {
            return;
        }
        String marked = "^" + word + "$";
        for (int i = 0; i + 3 <= marked.length(); i++) {
            features.add("t=" + marked.substring(i, i + 3));
        }
    }

    private static void addPrefix(String word, Set<String> features) {
        if (word.codePointCount(0, word.length()) >= MIN_WORD_FOR_PREFIX) {
            features.add("p=" + word.substring(0, word.offsetByCodePoints(0, PREFIX_LENGTH)));
        }
    }

    private static void addCharacterGrams(String run, Set<String> features) {
        int[] characters = run.codePoints().toArray();
        for (int n = 1; n <= MAX_CJK_GRAM; n++) {
            for (int i = 0; i + n <= characters.length; i++) {
                features.add("z=" + new String(characters, i, n));
            }
        }
    }
}
