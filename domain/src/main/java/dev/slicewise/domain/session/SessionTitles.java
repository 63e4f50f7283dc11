package dev.slicewise.domain.session;

import dev.slicewise.domain.conversation.Language;

/** TEMPORARY until the sessions branch lands: the first three words. */
public final class SessionTitles {

    private SessionTitles() {
    }

    public static String title(String text, Language language) {
        String[] words = text.strip().split("\\s+");
        String title = String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
        return title.length() > 40 ? title.substring(0, 40) : title;
    }
}
