package dev.slicewise.adapter.llm.cad;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The words of a piece of C-like code outside its comments ({@code //} and {@code /* *}{@code /}) and string literals
 * ({@code "..."} and {@code '...'} with backslash escapes): what decides whether code is refused before it runs. A
 * template literal ({@code `...`}) is read as code, words and all, since code can sit in it.
 */
final class CodeWords {

    private CodeWords() {
    }

    /** The first of {@code refused} that the code uses as a word outside comments and strings. */
    static Optional<String> firstOf(String code, Set<String> refused, boolean singleQuotedStrings) {
        for (String word : words(code, singleQuotedStrings)) {
            if (refused.contains(word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /** The identifiers of the code, in order of their first use, outside comments and strings. */
    static Set<String> words(String code, boolean singleQuotedStrings) {
        Set<String> words = new LinkedHashSet<>();
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
                while (i < n && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || (singleQuotedStrings && c == '\'')) {
                i++;
                while (i < n && code.charAt(i) != c && code.charAt(i) != '\n') {
                    i += code.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(code.charAt(i))) {
                    i++;
                }
                words.add(code.substring(start, i));
            } else if (Character.isDigit(c)) {
                while (i < n && Character.isJavaIdentifierPart(code.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return words;
    }
}
