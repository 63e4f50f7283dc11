package dev.slicewise.domain.knowledge.defects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Users answer the troubleshooting's questions in their own words, in each of the nine languages, and say so when
 * they are done; the problems they describe are recognised in each language too.
 */
class FreeTextAnswersTest {

    private static final DefectKnowledge KNOWLEDGE = DefectKnowledge.standard();

    static Stream<Arguments> fixOutcomes() {
        return Stream.of(
                Arguments.of("en", "nope, still the same strings", "NOT_FIXED"),
                Arguments.of("en", "yes it worked, thanks!", "WORKED"),
                Arguments.of("en", "that's fine now but I have a different problem", "ANOTHER_ISSUE"),
                Arguments.of("zh-CN", "试了，还是一样", "NOT_FIXED"),
                Arguments.of("zh-CN", "好了，谢谢", "WORKED"),
                Arguments.of("zh-TW", "還是一樣", "NOT_FIXED"),
                Arguments.of("zh-TW", "解決了，效果很好", "WORKED"),
                Arguments.of("zh-TW", "我還有一個問題", "ANOTHER_ISSUE"),
                Arguments.of("de", "nein, immer noch", "NOT_FIXED"),
                Arguments.of("de", "Hat leider nicht geholfen", "NOT_FIXED"),
                Arguments.of("de", "Ja, hat funktioniert!", "WORKED"),
                Arguments.of("de", "Ich habe jetzt ein anderes Problem", "ANOTHER_ISSUE"),
                Arguments.of("fr", "ça n'a rien changé", "NOT_FIXED"),
                Arguments.of("fr", "Oui, ça a marché, merci", "WORKED"),
                Arguments.of("fr", "j'ai un autre problème", "ANOTHER_ISSUE"),
                Arguments.of("es", "no, sigue igual", "NOT_FIXED"),
                Arguments.of("es", "¡Funcionó! Gracias", "WORKED"),
                Arguments.of("es", "tengo otro problema", "ANOTHER_ISSUE"),
                Arguments.of("it", "non ha funzionato, stesso problema", "NOT_FIXED"),
                Arguments.of("it", "sì, risolto!", "WORKED"),
                Arguments.of("it", "ho un altro problema", "ANOTHER_ISSUE"),
                Arguments.of("pt-BR", "não adiantou nada", "NOT_FIXED"),
                Arguments.of("pt-BR", "deu certo, valeu", "WORKED"),
                Arguments.of("pt-BR", "agora tenho outro problema", "ANOTHER_ISSUE"),
                Arguments.of("ru", "не помогло, всё ещё тянет нитки", "NOT_FIXED"),
                Arguments.of("ru", "да, сработало", "WORKED"),
                Arguments.of("ru", "у меня другая проблема", "ANOTHER_ISSUE"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @MethodSource("fixOutcomes")
    void howAFixWorkedOut_inTheUsersWords(String language, String text, String option) {
        assertEquals(Optional.of(option), answer(DefectKnowledge.FIX_OUTCOME, text));
    }

    static Stream<Arguments> questionAnswers() {
        return Stream.of(
                Arguments.of("popping", "zh-TW", "沒有，很安靜", "NO"),
                Arguments.of("popping", "de", "ja, es knistert ein bisschen", "YES"),
                Arguments.of("popping", "fr", "non, rien de tel", "NO"),
                Arguments.of("popping", "es", "sí, un poco", "YES"),
                Arguments.of("popping", "it", "no, niente del genere", "NO"),
                Arguments.of("popping", "pt-BR", "sim, bastante", "YES"),
                Arguments.of("popping", "ru", "нет, ничего такого", "NO"),
                Arguments.of("storage", "de", "lag ein paar Wochen offen herum", "OPEN_WEEKS"),
                Arguments.of("storage", "fr", "dans une boîte sèche avec du dessiccant", "DRY_BOX"),
                Arguments.of("storage", "es", "no estoy seguro, la verdad", "NOT_SURE"),
                Arguments.of("storage", "ru", "лежал на полке несколько месяцев", "OPEN_WEEKS"),
                Arguments.of("where", "it", "soprattutto nei primi strati", "FIRST_LAYERS"),
                Arguments.of("where", "pt-BR", "mais ou menos no meio", "MIDDLE"),
                Arguments.of("shift_axis", "zh-TW", "只往右偏", "ONE_AXIS"),
                Arguments.of("current_settings", "de", "nein, mit einem anderen Projekt", "OTHER_PROJECT"),
                Arguments.of("current_settings", "es", "no quiero, gracias", "NO_TROUBLESHOOTING"));
    }

    @ParameterizedTest(name = "{0} in {1}: \"{2}\" is {3}")
    @MethodSource("questionAnswers")
    void aDiagnosticQuestion_inTheUsersWords(String question, String language, String text, String option) {
        assertEquals(Optional.of(option), answer(question, text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("doneRemarks")
    void theUserSaysTheyAreDone(String text) {
        assertTrue(KNOWLEDGE.saysDone(text));
    }

    static List<String> doneRemarks() {
        return List.of("thanks, all good now", "好了，谢谢", "謝謝，可以了", "Danke, erledigt", "c'est bon, merci",
                "listo, gracias", "grazie, tutto ok", "valeu, tudo certo", "спасибо, готово");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("notDoneRemarks")
    void stillFailing_isNotDone(String text) {
        assertFalse(KNOWLEDGE.saysDone(text));
    }

    static List<String> notDoneRemarks() {
        return List.of("thanks, but it still strings", "谢谢，但还是不行", "danke, aber immer noch nicht behoben",
                "merci, mais toujours pareil", "gracias, pero todavía falla", "grazie, ma ancora niente",
                "valeu, mas ainda não", "спасибо, но всё ещё не работает");
    }

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("zh-TW", "我的列印一直拉絲", Defect.STRINGING),
                Arguments.of("de", "Der Druck löst sich ständig vom Bett, haftet nicht", Defect.POOR_FIRST_LAYER_ADHESION),
                Arguments.of("de", "Meine Düse ist verstopft", Defect.CLOGGED_NOZZLE),
                Arguments.of("de", "die Schichten sind ab der Mitte verschoben", Defect.LAYER_SHIFT),
                Arguments.of("fr", "il y a un pied d'éléphant en bas de la pièce", Defect.ELEPHANT_FOOT),
                Arguments.of("es", "las capas se separan y la pieza se parte", Defect.WEAK_LAYER_ADHESION),
                Arguments.of("it", "vedo delle ondulazioni dopo gli angoli", Defect.GHOSTING),
                Arguments.of("pt-BR", "o filamento está úmido e faz estalos", Defect.WET_FILAMENT),
                Arguments.of("ru", "на углах модели видно эхо и рябь", Defect.GHOSTING),
                Arguments.of("en", "there are gaps in the top surface", Defect.TOP_LAYER_GAPS));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @MethodSource("reports")
    void aReportedProblem_isRecognised_mostSpecificFirst(String language, String text, Defect defect) {
        assertEquals(defect, KNOWLEDGE.recognise(text).getFirst());
    }

    private static Optional<String> answer(String question, String text) {
        return KNOWLEDGE.answer(KNOWLEDGE.question(question), text).map(DiagnosticQuestion.AnswerOption::id);
    }
}
