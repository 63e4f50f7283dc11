package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.conversation.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every reply text of the engine addresses the user in one register per language: German "Sie", French "vous",
 * Russian "вы", Spanish and Italian the familiar "tú" and "tu", Brazilian Portuguese "você". The texts are the
 * engine's own replies, the plate analysis's, and the domain's texts, slicing knowledge and defect knowledge.
 */
class ReplyRegisterTest {

    /** The bundles whose texts reach the user, by their path without the language suffix. */
    private static final List<String> BUNDLES = List.of(
            "/dev/slicewise/adapter/llm/embedded/replies",
            "/dev/slicewise/adapter/llm/plate/plate",
            "/dev/slicewise/domain/texts",
            "/dev/slicewise/domain/knowledge/knowledge",
            "/dev/slicewise/domain/knowledge/defects/defects");

    private static final int LETTERS_AROUND = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE;

    /** The words of the register a language does not use, which must not appear in its texts. */
    static Stream<Arguments> otherRegister() {
        return Stream.of(
                Arguments.of(Language.DE, Pattern.compile("\\b(du|dich|dir|dein\\w*|euch|euer\\w*)\\b",
                        LETTERS_AROUND)),
                Arguments.of(Language.FR, Pattern.compile("\\b(tu|toi|ton|ta|tes|te)\\b|\\bt['’]", LETTERS_AROUND)),
                Arguments.of(Language.ES, Pattern.compile("\\b(usted|ustedes)\\b", LETTERS_AROUND)),
                Arguments.of(Language.IT, Pattern.compile("\\b(Lei|Suo|Sua|Suoi|Sue|Loro)\\b",
                        Pattern.UNICODE_CHARACTER_CLASS)),
                Arguments.of(Language.PT_BR, Pattern.compile("\\b(tu|teu|tua|teus|tuas|contigo)\\b",
                        LETTERS_AROUND)),
                Arguments.of(Language.RU, Pattern.compile(
                        "\\b(ты|тебя|тебе|тобой|твой|твоя|твоё|твое|твои|твоих|твоим|твоей|твоего|твою)\\b",
                        LETTERS_AROUND)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherRegister")
    void everyReplyText_usesTheLanguagesOneRegister(Language language, Pattern otherRegister) {
        List<String> mixed = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties texts = PhraseTable.read(bundle + "_" + language.locale() + ".properties");
            texts.stringPropertyNames().stream().sorted()
                    .filter(key -> otherRegister.matcher(texts.getProperty(key)).find())
                    .forEach(key -> mixed.add(bundle + ": " + key + "=" + texts.getProperty(key)));
        }
        assertEquals(List.of(), mixed);
    }
}
