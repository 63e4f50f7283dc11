package dev.slicewise.domain.assistant;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut after each sentence or line, for engines that write a whole reply at once and stream it: the pieces,
 * joined, are the text again. A sentence ends at {@code . ! ? ; :} followed by a space or a line break, at the full-width
 * marks of Chinese ({@code 。！？；}) and at a line break.
 */
public final class Sentences {

    private Sentences() {
    }

    public static List<String> of(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = switch (c) {
                case '\n', '。', '！', '？', '；' -> true;
                case '.', '!', '?', ';', ':' -> i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
                default -> false;
            };
            if (end) {
                int stop = i + 1;
                while (stop < text.length() && text.charAt(stop) == ' ') {
                    stop++;
                }
                pieces.add(text.substring(start, stop));
                start = stop;
                i = stop - 1;
            }
        }
        if (start < text.length()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }
}
