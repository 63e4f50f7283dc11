package dev.slicewise.adapter.llm.embedded.intent;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Normalises a chat message and cuts it into tokens, the same way for training and for classification.
 *
 * <p>Normalisation: Unicode NFKC (full-width letters and digits become ASCII), lower case, accents stripped from
 * Latin letters ({@code é} is {@code e}, {@code ß} is {@code ss}), {@code ё} read as {@code е}. Tokens: runs of
 * letters and digits; any other character (punctuation, symbols, spaces) separates them. A number, decimals
 * included ({@code 40}, {@code 0.16}, {@code 0,16}), becomes the single token {@link #NUMBER}, so that "infill 40%"
 * and "infill 25%" look alike. A run of Chinese or Japanese characters is one token of its own: there is no word
 * segmenter, {@link IntentFeatures} cuts such runs into character n-grams.
 */
public final class IntentTokeniser {

    /** The token that stands for any number. */
    static final String NUMBER = "#";

    private IntentTokeniser() {
    }

    public static List<String> tokens(String text) {
        String normalised = normalise(text);
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < normalised.length()) {
            int codePoint = normalised.codePointAt(i);
            if (isCjk(codePoint)) {
                int end = endOfRun(normalised, i, true);
                tokens.add(normalised.substring(i, end));
                i = end;
            } else if (Character.isLetterOrDigit(codePoint)) {
                int end = endOfRun(normalised, i, false);
                tokens.add(wordOrNumber(normalised.substring(i, end)));
                i = end;
            } else {
                i += Character.charCount(codePoint);
            }
        }
        return tokens;
    }

    /** True when the token is a run of Chinese or Japanese characters. */
    static boolean isCjk(String token) {
        return !token.isEmpty() && isCjk(token.codePointAt(0));
    }

    static String normalise(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(compatible, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean afterLatin = false;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.getType(codePoint) == Character.NON_SPACING_MARK) {
                if (!afterLatin) {
                    out.appendCodePoint(codePoint);
                }
                continue;
            }
            afterLatin = Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
            if (codePoint == 'ß') {
                out.append("ss");
            } else {
                out.appendCodePoint(codePoint);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC).replace('ё', 'е');
    }

    private static int endOfRun(String text, int start, boolean cjk) {
        int i = start;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            boolean inRun = cjk
                    ? isCjk(codePoint)
                    : (Character.isLetterOrDigit(codePoint) && !isCjk(codePoint))
                            || Character.getType(codePoint) == Character.NON_SPACING_MARK
                            || isDecimalSeparator(text, i);
            if (!inRun) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }

    /** A {@code .} or {@code ,} between two digits, as in {@code 0.16} or {@code 0,16}. */
    private static boolean isDecimalSeparator(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == ',')
                && i > 0 && Character.isDigit(text.charAt(i - 1))
                && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
    }

    private static String wordOrNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return word;
            }
        }
        return NUMBER;
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
