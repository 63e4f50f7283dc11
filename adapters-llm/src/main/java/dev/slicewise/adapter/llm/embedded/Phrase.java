package dev.slicewise.adapter.llm.embedded;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phrase of a table. Its parts, joined by {@code &}, must all occur in a text, in any order. A word matches a
 * whole word, and a word ending in {@code *} also matches longer words ({@code warp*} matches "warping"). Chinese is
 * written without spaces, so a part that starts or ends with a Chinese character has no word boundary on that side.
 */
final class Phrase {

    private static final String WORD_CHARACTER = "[\\p{L}\\p{N}&&[^\\p{IsHan}]]";
    private static final Pattern IS_WORD_CHARACTER = Pattern.compile(WORD_CHARACTER);

    private final List<Pattern> parts;
    /** For each part, text that any match of it contains: a cheap test that skips most regular expressions. */
    private final String[] literals;
    /** For each literal, {@link NormalisedText#firstPairKey}: a cheaper test still, that skips most searches. */
    private final int[] literalKeys;

    private Phrase(List<Pattern> parts, List<String> literals) {
        this.parts = parts;
        this.literals = literals.toArray(String[]::new);
        this.literalKeys = literals.stream().mapToInt(NormalisedText::firstPairKey).toArray();
    }

    static Phrase parse(String source) {
        List<String> normalised = Arrays.stream(source.split("&")).map(part -> NormalisedText.of(part).value()).toList();
        List<String> literals = normalised.stream()
                .map(part -> part.contains("*") ? part.substring(0, part.indexOf('*')) : part)
                .toList();
        return new Phrase(normalised.stream().map(Phrase::compile).toList(), literals);
    }

    private static Pattern compile(String part) {
        if (part.isEmpty() || part.startsWith("*")) {
            throw new IllegalArgumentException("a phrase part needs a word before any *: '" + part + "'");
        }
        String[] words = part.split(" ");
        StringBuilder regex = new StringBuilder();
        if (isWordCharacter(part.codePointAt(0))) {
            regex.append("(?<!").append(WORD_CHARACTER).append(')');
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            regex.append(i == 0 ? "" : " ");
            if (word.endsWith("*")) {
                regex.append(Pattern.quote(word.substring(0, word.length() - 1))).append(WORD_CHARACTER).append('*');
            } else {
                regex.append(Pattern.quote(word));
            }
        }
        if (isWordCharacter(part.codePointBefore(part.length()))) {
            regex.append("(?!").append(WORD_CHARACTER).append(')');
        }
        return Pattern.compile(regex.toString());
    }

    private static boolean isWordCharacter(int codePoint) {
        return IS_WORD_CHARACTER.matcher(Character.toString(codePoint)).matches();
    }

    /** The {@link NormalisedText#firstPairKey} of the phrase's first part. */
    int firstPairKey() {
        return literalKeys[0];
    }

    /** Where the phrase occurs: the places of its first part, provided every other part occurs somewhere too. */
    List<Span> occurrencesIn(NormalisedText text) {
        for (int i = 0; i < literals.length; i++) {
            if (!text.mayContain(literalKeys[i]) || !text.value().contains(literals[i])) {
                return List.of();
            }
        }
        boolean othersPresent = parts.stream().skip(1).allMatch(part -> part.matcher(text.value()).find());
        if (!othersPresent) {
            return List.of();
        }
        Matcher first = parts.getFirst().matcher(text.value());
        return first.results().map(result -> new Span(result.start(), result.end())).toList();
    }
}
