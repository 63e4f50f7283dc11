package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each language's bundle file read on its own, so that a missing key is not hidden by the English fallback. */
class ReplyBundlesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Properties ENGLISH = bundle(Language.EN);

    private static Properties bundle(Language language) {
        String suffix = language == Language.EN ? "" : "_" + language.locale();
        return PhraseTable.read("/" + ReplyTexts.BUNDLE.replace('.', '/') + suffix + ".properties");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyEnglishKeyIsTranslated(Language language) {
        Set<String> missing = new TreeSet<>(ENGLISH.stringPropertyNames());
        missing.removeAll(bundle(language).stringPropertyNames());
        assertEquals(Set.of(), missing, language + " lacks keys");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void noLanguageHasKeysEnglishLacks(Language language) {
        Set<String> extra = new TreeSet<>(bundle(language).stringPropertyNames());
        extra.removeAll(ENGLISH.stringPropertyNames());
        assertEquals(Set.of(), extra, language + " has keys English lacks");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyValueIsAMessageFormatPatternWithEscapedApostrophes(Language language) {
        Properties bundle = bundle(language);
        List<String> broken = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            if (LONE_APOSTROPHE.matcher(pattern).find()) {
                broken.add(key);
            }
            new MessageFormat(pattern);
        }
        assertEquals(List.of(), broken, language + ": write a literal apostrophe as ''");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyTranslationHasTheEnglishPlaceholders(Language language) {
        Properties bundle = bundle(language);
        List<String> mismatched = ENGLISH.stringPropertyNames().stream()
                .filter(key -> bundle.containsKey(key))
                .filter(key -> !placeholders(ENGLISH.getProperty(key)).equals(placeholders(bundle.getProperty(key))))
                .sorted().toList();
        assertEquals(List.of(), mismatched, language + ": placeholders differ from English");
    }

    @Test
    void theBundleHasATextForEverythingTheRepliesName() {
        Stream<String> named = Stream.of(
                IntentRules.TASKS.stream().map(intent -> "option." + intent.name()),
                Arrays.stream(Intent.values()).filter(intent -> intent.action().isPresent()
                        && !intent.needsSlicingProfiles()).map(intent -> "control." + intent.name()),
                Arrays.stream(Topic.values()).map(topic -> "general." + topic.name()),
                DetermineReplies.OFFERED.stream().map(goal -> "option.goal." + goal.name())
        ).flatMap(keys -> keys);
        List<String> missing = named.filter(key -> !ENGLISH.containsKey(key)).toList();
        assertEquals(List.of(), missing);
    }

    private static Set<String> placeholders(String pattern) {
        return PLACEHOLDER.matcher(pattern).results().map(result -> result.group()).collect(Collectors.toSet());
    }

    @Test
    void aLanguageReadsItsOwnBundleWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertTrue(ReplyTexts.in(Language.EN).text("greeting").startsWith("Hi! I'm your slicing assistant."));
            assertTrue(ReplyTexts.in(Language.ZH_TW).text("greeting").startsWith("您好！"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
