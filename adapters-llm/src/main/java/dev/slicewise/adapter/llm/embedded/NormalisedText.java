package dev.slicewise.adapter.llm.embedded;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * A message, or a phrase of a table, in the form they are compared in: compatibility-normalised (full-width digits and
 * signs become ASCII), lower case, accents stripped from Latin letters (Cyrillic and Chinese are left alone), curly
 * apostrophes straight, dashes and underscores as spaces, whitespace collapsed.
 *
 * <p>It also knows which pairs of neighbouring characters it contains, hashed into a small bit set: the phrase
 * tables hold thousands of phrases, and a text is only compared with those whose first two characters it has
 * ({@link PhraseGroup}); a bit test rules out most of the rest ({@link #mayContain(int)}).
 *
 * <p>The classifier and the engine normalise the same message many times per turn: the text normalised last on a
 * thread is kept for the next call with the same message.
 */
final class NormalisedText {

    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}_]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Ends a clause; a colon does not: it introduces the value ("Outer wall: 45 mm/s"). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;!?.。、]");
    /** How many different keys pairs of characters hash to: a power of two; 100 characters set under a tenth. */
    static final int PAIR_KEYS = 1024;
    /** The key of a text too short to have a pair: it rules nothing out. */
    static final int NO_PAIR = -1;
    private static final ThreadLocal<Normalised> LAST = new ThreadLocal<>();

    /** A text as it was given and as it is compared. */
    private record Normalised(String raw, NormalisedText text) {
    }

    private final String value;
    private final long[] pairs = new long[PAIR_KEYS / Long.SIZE];

    private NormalisedText(String value) {
        this.value = value;
        for (int i = 0; i + 1 < value.length(); i++) {
            int key = pairKey(value.charAt(i), value.charAt(i + 1));
            pairs[key >>> 6] |= 1L << key;
        }
    }

    String value() {
        return value;
    }

    /** Whether no clause ends between the two spans ("4 walls, 25% infill": the 4 is not the infill's). */
    boolean sameClause(Span one, Span other) {
        int gapStart = Math.min(one.end(), other.end());
        int gapEnd = Math.max(one.start(), other.start());
        return gapStart >= gapEnd || !CLAUSE_BREAK.matcher(value).region(gapStart, gapEnd).find();
    }

    /** The key of the first two characters of a text that a search must find, or {@link #NO_PAIR}. */
    static int firstPairKey(String text) {
        return text.length() < 2 ? NO_PAIR : pairKey(text.charAt(0), text.charAt(1));
    }

    /** The keys as a set of the same shape as a text's pairs, for {@link #forEachPairIn}. */
    static long[] pairSet(Iterable<Integer> keys) {
        long[] set = new long[PAIR_KEYS / Long.SIZE];
        keys.forEach(key -> set[key >>> 6] |= 1L << key);
        return set;
    }

    /** Calls the action with each key of the set that this text's pairs have too. */
    void forEachPairIn(long[] keys, IntConsumer action) {
        for (int word = 0; word < pairs.length; word++) {
            long common = pairs[word] & keys[word];
            while (common != 0) {
                action.accept(word * Long.SIZE + Long.numberOfTrailingZeros(common));
                common &= common - 1;
            }
        }
    }

    /** False when no text with this {@link #firstPairKey} can occur in this one; true when it may. */
    boolean mayContain(int firstPairKey) {
        return firstPairKey == NO_PAIR || (pairs[firstPairKey >>> 6] & (1L << firstPairKey)) != 0;
    }

    private static int pairKey(char first, char second) {
        return ((first * 31 + second) * 0x9E3779B1) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(PAIR_KEYS));
    }

    static NormalisedText of(String text) {
        Normalised last = LAST.get();
        if (last == null || !last.raw().equals(text)) {
            last = new Normalised(text, normalise(text));
            LAST.set(last);
        }
        return last.text();
    }

    private static NormalisedText normalise(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String plain = withoutLatinAccents(lower)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace('ё', 'е')
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
        String spaced = DASHES.matcher(plain).replaceAll(" ");
        return new NormalisedText(WHITESPACE.matcher(spaced).replaceAll(" ").strip());
    }

    private static String withoutLatinAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        boolean afterLatinLetter = false;
        for (int i = 0; i < decomposed.length(); i += Character.charCount(decomposed.codePointAt(i))) {
            int codePoint = decomposed.codePointAt(i);
            if (Character.getType(codePoint) == Character.NON_SPACING_MARK) {
                if (!afterLatinLetter) {
                    kept.appendCodePoint(codePoint);
                }
            } else {
                afterLatinLetter = Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
                kept.appendCodePoint(codePoint);
            }
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NormalisedText text && text.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
