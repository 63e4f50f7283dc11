package dev.slicewise.adapter.llm.embedded;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message, or a phrase of a table, in the form they are compared in: compatibility-normalised (full-width digits and
 * signs become ASCII), lower case, accents stripped from Latin letters (Cyrillic and Chinese are left alone), curly
 * apostrophes straight, dashes and underscores as spaces, whitespace collapsed.
 */
record NormalisedText(String value) {

    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}_]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static NormalisedText of(String text) {
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
}
