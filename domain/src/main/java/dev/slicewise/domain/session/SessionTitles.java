package dev.slicewise.domain.session;

import dev.slicewise.domain.Texts;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.LanguageDetector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title a session gets from its first message, in the message's language: the stop words of that language
 * dropped (function words, fillers, and the words every slicer question shares such as "print"), up to
 * {@value #MAX_WORDS} meaningful words kept in their order, capitalised as the language writes titles, at most
 * {@value #MAX_LENGTH} characters cut between words; a message with nothing meaningful left is titled "New chat" in
 * its language.
 * <ul>
 *   <li>English capitalises every word and German every word too (the words left are mostly nouns, which German
 *   capitalises), but for words of one or two letters after the first, mostly units ("0,6 mm"); French, Spanish,
 *   Italian, Portuguese and Russian capitalise the first word only. The rest of a word stays as the user wrote it, so
 *   "PETG" stays "PETG".</li>
 *   <li>Chinese, written without spaces, keeps its first meaningful characters: at most {@value #MAX_WORDS} runs
 *   between stop words and {@value #MAX_CHINESE_CHARACTERS} characters, a run that does not fit left out (the first is
 *   cut). The stop words (请, 帮我, 我想, 一个, 的, 吗, 怎么, ...) are cut out by longest match, and a few compounds
 *   that hold a stop character (过热, 更换, 最高) are kept whole. No capitals.</li>
 * </ul>
 * The stop words are resources, one file per language ({@code stopwords/<tag>.txt}, next to this class).
 */
public final class SessionTitles {

    public static final int MAX_WORDS = 3;
    public static final int MAX_LENGTH = 40;
    public static final int MAX_CHINESE_CHARACTERS = 12;

    /** A word: letters, marks and digits ("PLA-CF", "0,2", "mm/s", "PLA+"). */
    private static final Pattern WORD = Pattern.compile(word("[\\p{L}\\p{M}\\p{N}]"));
    /** Apostrophes split words, so that "l'adhérence" is "l" and "adhérence", "don't" is "don" and "t". */
    private static final Pattern APOSTROPHE = Pattern.compile("['’`]");
    /** In Chinese, a run of Han characters, or a word of another script ("PLA", "0.2mm"). */
    private static final Pattern CHINESE_RUN =
            Pattern.compile("\\p{IsHan}+|" + word("[\\p{L}\\p{M}\\p{N}&&[^\\p{IsHan}]]"));
    private static final String KEEP_WHOLE = "!";

    private static final Map<Language, StopWords> STOP_WORDS = loadAll();

    private SessionTitles() {
    }

    /** The title of a session whose first message is {@code message}, in the language it is written in. */
    public static String fromFirstMessage(String message, Language fallback) {
        return inLanguage(message, LanguageDetector.detect(message, fallback));
    }

    /** The title of a session whose first message is {@code message}, written in {@code language}. */
    public static String inLanguage(String message, Language language) {
        String text = Normalizer.normalize(message, Normalizer.Form.NFC);
        String title = isChinese(language) ? chinese(text, STOP_WORDS.get(language)) : spaced(text, language);
        return title.isEmpty() ? newChat(language) : title;
    }

    /** "New chat" in the language: the title of a session nothing has named yet. */
    public static String newChat(Language language) {
        return Texts.get(language, "session.new_chat");
    }

    private static boolean isChinese(Language language) {
        return language == Language.ZH_CN || language == Language.ZH_TW;
    }

    private static String spaced(String text, Language language) {
        StopWords stopWords = STOP_WORDS.get(language);
        List<String> kept = new ArrayList<>();
        Matcher words = WORD.matcher(APOSTROPHE.matcher(text).replaceAll(" "));
        while (kept.size() < MAX_WORDS && words.find()) {
            String word = words.group();
            if (!stopWords.drops(word.toLowerCase(language.locale()))) {
                boolean capital = kept.isEmpty() || capitalisesEveryWord(language) && word.length() > 2;
                kept.add(capital ? capitalised(word, language) : word);
            }
        }
        return withinLength(kept);
    }

    private static boolean capitalisesEveryWord(Language language) {
        return language == Language.EN || language == Language.DE;
    }

    private static String capitalised(String word, Language language) {
        int first = Character.charCount(word.codePointAt(0));
        return word.substring(0, first).toUpperCase(language.locale()) + word.substring(first);
    }

    /** The words joined by spaces, the last ones left out while the title is too long; one long word is cut. */
    private static String withinLength(List<String> words) {
        List<String> kept = new ArrayList<>(words);
        while (kept.size() > 1 && String.join(" ", kept).length() > MAX_LENGTH) {
            kept.removeLast();
        }
        String title = String.join(" ", kept);
        return title.length() <= MAX_LENGTH ? title : title.substring(0, cutPoint(title, MAX_LENGTH));
    }

    private static String chinese(String text, StopWords stopWords) {
        List<String> runs = new ArrayList<>();
        int hanLeft = MAX_CHINESE_CHARACTERS;
        Matcher matcher = CHINESE_RUN.matcher(text);
        while (matcher.find() && runs.size() < MAX_WORDS && hanLeft > 0) {
            String piece = matcher.group();
            if (!piece.codePoints().allMatch(SessionTitles::isHan)) {
                if (!stopWords.drops(piece.toLowerCase(Language.EN.locale()))) {
                    runs.add(piece);
                }
                continue;
            }
            for (String meaningful : stopWords.meaningfulRuns(piece)) {
                int length = meaningful.codePointCount(0, meaningful.length());
                if (runs.size() == MAX_WORDS || length > hanLeft && !runs.isEmpty()) {
                    hanLeft = 0;
                    break;
                }
                String fitting = meaningful.substring(0, cutPoint(meaningful, hanLeft));
                runs.add(fitting);
                hanLeft -= Math.min(length, hanLeft);
            }
        }
        return withinLength(List.of(joinedChinese(runs)));
    }

    /** Han runs follow each other without a space, as Chinese is written; a word of another script is spaced. */
    private static String joinedChinese(List<String> runs) {
        StringBuilder title = new StringBuilder();
        for (String run : runs) {
            boolean han = isHan(run.codePointAt(0));
            if (!title.isEmpty() && !(han && isHan(title.codePointBefore(title.length())))) {
                title.append(' ');
            }
            title.append(run);
        }
        return title.toString();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The index after at most {@code codePoints} code points of {@code text}, never inside a surrogate pair. */
    private static int cutPoint(String text, int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }

    /** Words of these letters, joined by one hyphen, dot, comma or slash, maybe with a trailing plus ("PLA+"). */
    private static String word(String letter) {
        return letter + "+(?:[-.,/]" + letter + "+)*\\+*";
    }

    private static Map<Language, StopWords> loadAll() {
        Map<Language, StopWords> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, load(language));
        }
        return Collections.unmodifiableMap(all);
    }

    private static StopWords load(Language language) {
        String name = "stopwords/" + language.tag() + ".txt";
        try (InputStream in = SessionTitles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the stop words " + name + " are part of the domain jar");
            }
            Set<String> dropped = new HashSet<>();
            Set<String> keptWhole = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int comment = line.indexOf('#');
                String words = comment < 0 ? line : line.substring(0, comment);
                for (String word : words.strip().split("\\s+")) {
                    if (word.startsWith(KEEP_WHOLE)) {
                        keptWhole.add(word.substring(KEEP_WHOLE.length()));
                    } else if (!word.isEmpty()) {
                        dropped.add(word);
                    }
                }
            }
            return new StopWords(Set.copyOf(dropped), Set.copyOf(keptWhole));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stop words " + name, e);
        }
    }

    /** A language's stop words, and the compounds that are kept whole although they hold one (Chinese). */
    private record StopWords(Set<String> dropped, Set<String> keptWhole) {

        boolean drops(String lowerCaseWord) {
            return dropped.contains(lowerCaseWord);
        }

        /**
         * The runs of a Han text left between its stop words, found by longest match from the start: at each
         * character the longest stop word or kept compound that begins there wins; a stop word is cut out, a compound
         * or a character that begins neither is kept.
         */
        List<String> meaningfulRuns(String han) {
            List<String> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            int at = 0;
            while (at < han.length()) {
                int stop = longest(han, at, dropped);
                int keep = longest(han, at, keptWhole);
                if (stop > keep) {
                    if (!run.isEmpty()) {
                        runs.add(run.toString());
                        run.setLength(0);
                    }
                    at += stop;
                } else {
                    int length = keep > 0 ? keep : Character.charCount(han.codePointAt(at));
                    run.append(han, at, at + length);
                    at += length;
                }
            }
            if (!run.isEmpty()) {
                runs.add(run.toString());
            }
            return runs;
        }

        private static int longest(String text, int at, Set<String> words) {
            int best = 0;
            for (String word : words) {
                if (word.length() > best && text.startsWith(word, at)) {
                    best = word.length();
                }
            }
            return best;
        }
    }
}
