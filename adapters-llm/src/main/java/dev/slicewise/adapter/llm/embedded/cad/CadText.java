package dev.slicewise.adapter.llm.embedded.cad;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A design request in the form it is read in: compatibility-normalised (full-width digits become ASCII, "×" stays),
 * lower case, accents stripped from Latin letters only (a Cyrillic "й" stays), dashes as spaces, decimal commas as
 * points ("2,5 mm"), whitespace collapsed. The inch signs (a double prime "″", which compatibility splits into two
 * primes, or a closing quote) become a plain '"'.
 */
final class CadText {

    /** A letter that may not touch a Latin or Cyrillic word. */
    static final String WORD_LETTER = "[a-z\\p{IsCyrillic}]";

    private static final Pattern LATIN_ACCENT = Pattern.compile("(?<=[a-zA-Z])\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}_]");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private CadText() {
    }

    static String normalise(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(compatible, Normalizer.Form.NFD);
        String stripped = Normalizer.normalize(LATIN_ACCENT.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
        String spaced = DASHES.matcher(stripped.replace("′′", "\"")
                .replace('’', '\'').replace('”', '"')).replaceAll(" ");
        return WHITESPACE.matcher(DECIMAL_COMMA.matcher(spaced).replaceAll(".")).replaceAll(" ").strip();
    }

    static boolean hasChinese(String text) {
        return CHINESE.matcher(text).find();
    }
}
