package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.actions;
import static dev.slicewise.domain.assistant.ActionName.CONFIRM_END_TROUBLESHOOTING;
import static dev.slicewise.domain.assistant.ActionName.CONFIRM_PRINT_TROUBLESHOOTING_FLOW;
import static dev.slicewise.domain.assistant.ActionName.GUIDE_PRINT_ISSUE_TROUBLESHOOTING;
import static dev.slicewise.domain.assistant.ActionName.SET_PRINT_TROUBLESHOOTING_FLOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole troubleshooting conversation answered in the user's own words, in each of the nine languages, through the
 * real classifier and engine: the report, the confirmation, the two questions about stringing, a fix that did not
 * help, the next one that did. And a vague report of a bad print is recognised as a print issue in each language.
 */
class FreeTextTroubleshootingTest {

    private static final DefectKnowledge KNOWLEDGE = DefectKnowledge.standard();

    static Stream<Arguments> conversations() {
        return Stream.of(
                Arguments.of(Language.EN, List.of("my prints keep getting strings between the parts",
                        "yes, with the settings I have open now", "yes, between the towers",
                        "it sits in a dry box", "no, still the same", "yes it worked")),
                Arguments.of(Language.ZH_CN, List.of("我的打印件拉丝很严重", "是的，用的当前设置", "是的，就在那里",
                        "放在干燥箱里", "试了，还是一样", "好了，解决了")),
                Arguments.of(Language.ZH_TW, List.of("我的列印件拉絲很嚴重", "對，用的是目前的設定", "對啊，就在那邊",
                        "放在乾燥箱裡", "還是一樣", "解決了，謝謝")),
                Arguments.of(Language.DE, List.of("Mein Druck zieht überall Fäden", "ja, mit den aktuellen Einstellungen",
                        "ja, genau dort", "in einer Trockenbox", "nein, immer noch", "ja, hat funktioniert")),
                Arguments.of(Language.FR, List.of("mon impression fait plein de fils", "oui, avec les réglages actuels",
                        "oui, exactement", "dans une boîte sèche", "ça n'a rien changé", "oui, ça a marché")),
                Arguments.of(Language.ES, List.of("mi impresión tiene hilos por todas partes",
                        "sí, con los ajustes actuales", "sí, justo ahí", "en una caja seca", "no, sigue igual",
                        "sí, funcionó")),
                Arguments.of(Language.IT, List.of("la mia stampa ha fili dappertutto", "sì, con le impostazioni attuali",
                        "sì, proprio lì", "in una dry box", "non ha funzionato, stesso problema", "sì, ha funzionato")),
                Arguments.of(Language.PT_BR, List.of("minha impressão está cheia de fiapos",
                        "sim, com as configurações atuais", "sim, exatamente", "numa caixa seca",
                        "não adiantou, continua igual", "sim, funcionou")),
                Arguments.of(Language.RU, List.of("на модели паутина из тонких нитей", "да, с текущими настройками",
                        "да, именно там", "хранится в сушилке", "не помогло, всё ещё", "да, сработало")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void aStringingConversation_answeredInTheUsersWords(Language language, List<String> said) {
        Dialogue dialogue = Dialogue.in(language);

        AssistantReply restated = dialogue.say(said.get(0));
        assertEquals(List.of(CONFIRM_PRINT_TROUBLESHOOTING_FLOW), actions(restated), restated.content());

        AssistantReply travel = dialogue.enterTroubleshooting().say(said.get(1));
        assertEquals(List.of(SET_PRINT_TROUBLESHOOTING_FLOW, GUIDE_PRINT_ISSUE_TROUBLESHOOTING),
                actions(travel).subList(0, 2), travel.content());
        assertTrue(travel.content().endsWith(question("travel_moves", language)), travel.content());

        AssistantReply storage = dialogue.say(said.get(2));
        assertTrue(storage.content().endsWith(question("storage", language)), storage.content());

        AssistantReply fix = dialogue.say(said.get(3));
        assertTrue(fix.content().startsWith(ReplyTexts.in(language).text("troubleshooting.cause")), fix.content());

        AssistantReply next = dialogue.say(said.get(4));
        assertTrue(next.content().startsWith(ReplyTexts.in(language).text("troubleshooting.nextCause")),
                next.content());

        AssistantReply end = dialogue.say(said.get(5));
        assertEquals(List.of(CONFIRM_END_TROUBLESHOOTING), actions(end), end.content());
    }

    static Stream<Arguments> vagueReports() {
        return Stream.of(
                Arguments.of(Language.EN, "my print came out bad"),
                Arguments.of(Language.ZH_CN, "打印出来的效果很差"),
                Arguments.of(Language.ZH_TW, "列印出來的效果很差"),
                Arguments.of(Language.DE, "mein Druck ist total schlecht geworden"),
                Arguments.of(Language.FR, "mon impression est ratée"),
                Arguments.of(Language.ES, "mi impresión salió fatal"),
                Arguments.of(Language.IT, "la stampa è venuta male"),
                Arguments.of(Language.PT_BR, "minha impressão saiu toda errada"),
                Arguments.of(Language.RU, "печать получилась плохо"),
                Arguments.of(Language.EN, "something is wrong with my print"),
                Arguments.of(Language.ZH_CN, "打印质量很差"),
                Arguments.of(Language.ZH_TW, "列印品質很差"),
                Arguments.of(Language.DE, "das Ergebnis ist mies"),
                Arguments.of(Language.FR, "le résultat est horrible"),
                Arguments.of(Language.ES, "la pieza quedó horrible"),
                Arguments.of(Language.IT, "la stampa è orribile"),
                Arguments.of(Language.PT_BR, "a peça saiu horrível"),
                Arguments.of(Language.RU, "модель напечаталась плохо"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("vagueReports")
    void aBadPrintInOtherWords_isAPrintIssue_whoseTroubleshootingIsOffered(Language language, String report) {
        Dialogue dialogue = Dialogue.in(language);

        AssistantReply reply = dialogue.say(report);

        assertEquals(Intent.PRINT_ISSUE, dialogue.lastClassification().intent());
        assertEquals(List.of(CONFIRM_PRINT_TROUBLESHOOTING_FLOW), actions(reply), reply.content());
    }

    private static String question(String id, Language language) {
        return KNOWLEDGE.question(id).text(language);
    }
}
