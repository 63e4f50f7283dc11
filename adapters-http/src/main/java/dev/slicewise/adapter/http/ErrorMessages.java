package dev.slicewise.adapter.http;
import dev.slicewise.domain.conversation.Language;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The partner API's error texts, translated through the {@code errors} bundles. */
public final class ErrorMessages {

    private static final String BUNDLE = "dev.slicewise.adapter.http.errors";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ErrorMessages() {
    }

    public static String get(Language language, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_DEFAULT_LOCALE);
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
    }
}
