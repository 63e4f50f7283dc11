package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.adapter.llm.embedded.intent.Ranking;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.knowledge.defects.Cause;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedIntentClassifierTest {

    private static final EmbeddedIntentClassifier classifier = SharedClassifier.INSTANCE;

    /** Messages written for these tests, none of them in the dataset, in the nine languages. */
    private static final String UNSEEN = """
            DETERMINE_SLICING_SETTINGS | Could you make this bracket stronger?
            DETERMINE_SLICING_SETTINGS | Which settings work best for printing PETG?
            DETERMINE_SLICING_SETTINGS | please set the infill to 40%
            DETERMINE_SLICING_SETTINGS | could you drop the layers height to 0.16 mm for this one
            DETERMINE_SLICING_SETTINGS | I need this to print faster
            DETERMINE_SLICING_SETTINGS | bump the perimeters up to 4
            DETERMINE_SLICING_SETTINGS | print it without any supports
            DETERMINE_SLICING_SETTINGS | print it in vase mode
            DETERMINE_SLICING_SETTINGS | it has to be watertight
            DETERMINE_SLICING_SETTINGS | I want a flexible phone case
            DETERMINE_SLICING_SETTINGS | how do I reduce stringing with PETG
            DETERMINE_SLICING_SETTINGS | I use a 0.6 nozzle, finest possible
            RETRIEVE_SLICING_SETTINGS  | what is my infill?
            RETRIEVE_SLICING_SETTINGS  | which layer height am I using
            RETRIEVE_SLICING_SETTINGS  | How many walls do I have right now?
            PRINT_ISSUE                | my PETG parts are full of stringing
            PRINT_ISSUE                | the corners keep curling up off the plate
            PRINT_ISSUE                | the first layer won't stick at all
            PRINT_ISSUE                | there's a layer shift halfway up the model
            PRINT_ISSUE                | woke up to a pile of spaghetti on the bed
            SLICE_MODEL                | ok, slice it now
            AUTO_ORIENT                | can you orient the parts so they need less support material
            AUTO_ARRANGE               | please arrange everything on the bed
            ADD_PRINTERS               | I bought a second printer, how do I add it?
            CHANGE_PRINTER             | switch over to my other printer
            ADD_FILAMENTS              | I'd like to add the filament I just bought
            CHANGE_FILAMENT            | let me change the filament to PETG
            CONTACT_SUPPORT            | I want to talk to a real person
            START_CHAT_OVER            | let's start over
            GENERAL_QUESTION           | what is a brim for?
            GENERAL_QUESTION           | why would I dry my filament
            GREETING                   | hello there
            GREETING                   | thanks a lot!
            OFF_TOPIC                  | what's the weather in Paris tomorrow?
            OFF_TOPIC                  | tell me a joke about cats
            DETERMINE_SLICING_SETTINGS | 能让这个支架更结实一点吗？
            DETERMINE_SLICING_SETTINGS | 把填充密度改成40%
            DETERMINE_SLICING_SETTINGS | 层高用0.16就行
            DETERMINE_SLICING_SETTINGS | 不要支撑了
            DETERMINE_SLICING_SETTINGS | 用花瓶模式打印
            DETERMINE_SLICING_SETTINGS | 减少拉丝
            DETERMINE_SLICING_SETTINGS | 打印快一点
            RETRIEVE_SLICING_SETTINGS  | 我现在的填充是多少？
            RETRIEVE_SLICING_SETTINGS  | 当前用的层高是多少
            PRINT_ISSUE                | 打印出来全是拉丝
            PRINT_ISSUE                | 模型四个角翘边很严重
            PRINT_ISSUE                | 第一层粘不住热床
            SLICE_MODEL                | 帮我切片吧
            AUTO_ARRANGE               | 把模型自动排列一下
            ADD_PRINTERS               | 我想添加一台新的打印机
            CHANGE_FILAMENT            | 我要换一种耗材
            CONTACT_SUPPORT            | 我要找客服
            START_CHAT_OVER            | 我们从头开始吧
            GENERAL_QUESTION           | 什么是筏层？
            GENERAL_QUESTION           | 为什么耗材需要烘干？
            GREETING                   | 你好呀
            OFF_TOPIC                  | 今天天气怎么样？
            RETRIEVE_SLICING_SETTINGS  | 我目前的層高是多少？
            PRINT_ISSUE                | 列印出來有很多拉絲
            DETERMINE_SLICING_SETTINGS | Quero uma peça mais resistente
            RETRIEVE_SLICING_SETTINGS  | Qual é o meu preenchimento atual?
            PRINT_ISSUE                | A impressão está cheia de fiapos
            OFF_TOPIC                  | Qual é a capital da França?
            DETERMINE_SLICING_SETTINGS | Pon el relleno al 30%
            RETRIEVE_SLICING_SETTINGS  | ¿Cuál es mi altura de capa actual?
            PRINT_ISSUE                | La primera capa no se pega a la cama
            GREETING                   | ¡Hola!
            DETERMINE_SLICING_SETTINGS | Kannst du das Teil stabiler machen?
            RETRIEVE_SLICING_SETTINGS  | Welche Schichthöhe verwende ich gerade?
            PRINT_ISSUE                | Mein Druck verzieht sich an den Ecken
            OFF_TOPIC                  | Wie wird das Wetter morgen?
            DETERMINE_SLICING_SETTINGS | Je voudrais une impression plus rapide
            PRINT_ISSUE                | Il y a plein de fils entre les pièces
            GENERAL_QUESTION           | C'est quoi une bordure ?
            DETERMINE_SLICING_SETTINGS | Metti 3 pareti e riempimento al 20%
            PRINT_ISSUE                | La stampa si stacca dal piatto
            START_CHAT_OVER            | Ricominciamo da capo
            DETERMINE_SLICING_SETTINGS | Сделай деталь прочнее
            RETRIEVE_SLICING_SETTINGS  | Какая у меня сейчас высота слоя?
            PRINT_ISSUE                | Печать вся в паутине
            OFF_TOPIC                  | Какая погода завтра в Москве?
            """;

    private Classification classify(String message) {
        return classify(message, Workflow.QUERY_INTENT);
    }

    private Classification classify(String message, Workflow workflow) {
        return classifier.classify(Conversation.of(ChatMessage.user(message)), workflow);
    }

    @Test
    void unseenMessages_areMostlyUnderstood_andNeverTakenForAWrongAction() {
        List<String> misread = new ArrayList<>();
        List<String> wrongActions = new ArrayList<>();
        List<String> lines = UNSEEN.strip().lines().toList();
        for (String line : lines) {
            Intent expected = Intent.valueOf(line.substring(0, line.indexOf('|')).strip());
            String message = line.substring(line.indexOf('|') + 1).strip();
            Intent got = classify(message).intent();
            if (got != expected) {
                misread.add(message + " -> " + got);
                if (got.isControlAction()) {
                    wrongActions.add(message + " -> " + got);
                }
            }
        }
        assertEquals(List.of(), wrongActions);
        assertTrue(misread.size() <= lines.size() * 0.15, misread.size() + " of " + lines.size() + " misread: " + misread);
    }

    @Test
    void aPartNamedWithItsSizes_isADesignRequest_butAPartInASettingsOrProblemMessageIsNot() {
        for (String design : List.of("Schachtel 90 x 70 x 30 mm", "держатель для телефона шириной 70 мм",
                "垫圈 外径20 内径10 厚2", "a knob, 30 mm across and 15 mm high", "caja 80x60x40mm con tapa")) {
            assertEquals(Intent.GENERATE_MODEL, classify(design).intent(), design);
        }
        for (String other : List.of("my 60 mm box warps at the corners", "slice the 20 mm cylinder",
                "what layer height for a gear of 40 mm?", "print a gear I downloaded")) {
            assertTrue(classify(other).intent() != Intent.GENERATE_MODEL, other + ": " + classify(other));
        }
    }

    @Test
    void aChosenOption_meansWhatItOffered_inAnyLanguage() {
        assertEquals(new Classification(Intent.START_CHAT_OVER, 1), classify("Start over"));
        assertEquals(new Classification(Intent.DETERMINE_SLICING_SETTINGS, 1), classify(
                ReplyTexts.in(dev.slicewise.domain.conversation.Language.ZH_CN).goalOption(
                        dev.slicewise.domain.knowledge.SlicingGoal.STRONGER)));
    }

    @Test
    void anUnclearMessage_offersOnlyLikelyIntentsThatHaveAnOption() {
        Classification classification = classify("the thing from before");

        assertEquals(Intent.UNCLEAR, classification.intent());
        assertFalse(classification.alternatives().isEmpty());
        assertTrue(IntentRules.TASKS.containsAll(classification.alternatives()), classification.toString());
    }

    @Test
    void aShortFollowUp_continuesTheSettingsWork() {
        Conversation conversation = Conversation.of(ChatMessage.user("I need this bracket to be much stronger"),
                ChatMessage.assistant("Here are stronger settings."), ChatMessage.user("even more"));

        assertEquals(Intent.DETERMINE_SLICING_SETTINGS,
                classifier.classify(conversation, Workflow.QUERY_INTENT).intent());
    }

    @Test
    void withoutAnyUserMessage_itIsAGreetingWithLowConfidence() {
        Classification classification = classifier.classify(
                Conversation.of(ChatMessage.assistant("Hi! How can I help?")), Workflow.QUERY_INTENT);
        assertEquals(Intent.GREETING, classification.intent());
        assertTrue(classification.confidence() < 0.5, "confidence " + classification.confidence());
    }

    @Test
    void onlyTheLatestUserMessageCounts() {
        Conversation conversation = Conversation.of(ChatMessage.user("my print is stringing"),
                ChatMessage.assistant("Was it printed with your current settings?"), ChatMessage.user("thanks, bye"));
        assertEquals(Intent.GREETING, classifier.classify(conversation, Workflow.QUERY_INTENT).intent());
    }

    /** The user's answer to the assistant's troubleshooting question, in the workflow. */
    private Classification answer(String question, String answer) {
        return classifier.classify(Conversation.of(ChatMessage.user("my print is stringing"),
                ChatMessage.assistant(DefectKnowledge.standard().question(question).text(Language.EN)),
                ChatMessage.user(answer)), Workflow.PRINT_TROUBLESHOOTING);
    }

    /** The user's answer to how a proposed fix worked out: a fix states its cause and asks for the outcome. */
    private Classification afterFix(String answer) {
        String fix = Cause.TOO_LITTLE_RETRACTION.text(Language.EN) + "\n"
                + DefectKnowledge.standard().question(DefectKnowledge.FIX_OUTCOME).text(Language.EN);
        return classifier.classify(Conversation.of(ChatMessage.user("my print is stringing"),
                ChatMessage.assistant(fix), ChatMessage.user(answer)), Workflow.PRINT_TROUBLESHOOTING);
    }

    @Test
    void duringTroubleshooting_anAnswerContinuesThePrintIssue() {
        assertEquals(Intent.PRINT_ISSUE, answer(DefectKnowledge.CURRENT_SETTINGS, "yes, with the current settings")
                .intent());
        assertEquals(Intent.PRINT_ISSUE, answer("travel_moves", "yes").intent());
        assertEquals(Intent.PRINT_ISSUE, answer("where", "the first layer").intent());
        assertEquals(Intent.PRINT_ISSUE, answer("storage", "in a dry box, I keep it sealed").intent());
        assertEquals(Intent.PRINT_ISSUE, afterFix("still the same problem").intent());
        assertEquals(Intent.PRINT_ISSUE, classify("yes", Workflow.PRINT_TROUBLESHOOTING).intent());
    }

    @Test
    void duringTroubleshooting_aSettingsQuestionIsAnsweredAsOne() {
        assertEquals(Intent.RETRIEVE_SLICING_SETTINGS, answer("storage", "what is my nozzle temperature?").intent());
    }

    @Test
    void duringTroubleshooting_aRequestForASlicerActionStillCounts() {
        assertEquals(Intent.START_CHAT_OVER, classify("Start over", Workflow.PRINT_TROUBLESHOOTING).intent());
        assertEquals(Intent.SLICE_MODEL, classify("slice the model now", Workflow.PRINT_TROUBLESHOOTING).intent());
    }

    @Test
    void aSettingsRequestTheModelIsUnsureOf_isDecidedByTheGoalItAsksFor() {
        String request = "поэкономнее с пластиком";
        Ranking ranking = ShippedIntentModel.get().rank(request);
        assertEquals(Intent.DETERMINE_SLICING_SETTINGS, ranking.top().intent());
        assertFalse(ranking.isTrusted(), "the model alone would leave it unclear: " + ranking);
        assertEquals(Intent.DETERMINE_SLICING_SETTINGS, classify(request).intent());
    }

    @Test
    void goalCues_doNotTakeOverActions_problemReports_orOffTopicMessages() {
        assertEquals(Intent.SLICE_MODEL, classify("slice it please").intent());
        assertEquals(Intent.CHANGE_FILAMENT, classify("load the TPU filament").intent());
        assertEquals(Intent.PRINT_ISSUE, classify("my print has stringing all over").intent());
        assertEquals(Intent.OFF_TOPIC, classify("what is the capital of peru").intent());
    }

    @Test
    void aWishForThePartThatTheModelTakesForAFilamentAction_isASettingsRequest() {
        String trusted = "my filament is almost out, go easy on it";
        assertEquals(Intent.ADD_FILAMENTS, ShippedIntentModel.get().rank(trusted).top().intent());
        assertEquals(Intent.DETERMINE_SLICING_SETTINGS, classify(trusted).intent());
        String unsure = "Filament wird knapp, geh sparsam damit um";
        assertEquals(Intent.ADD_FILAMENTS, ShippedIntentModel.get().rank(unsure).top().intent());
        assertEquals(Intent.DETERMINE_SLICING_SETTINGS, classify(unsure).intent());
        assertEquals(Intent.CHANGE_FILAMENT, classify("use a different filament").intent());
        assertEquals(Intent.ADD_FILAMENTS, classify("add the TPU filament to my list").intent());
    }

    @Test
    void aPartThatShouldBend_isASettingsRequest_notAFilamentSwitch() {
        assertEquals(Intent.DETERMINE_SLICING_SETTINGS, classify("I need a flexible part").intent());
        assertEquals(Intent.DETERMINE_SLICING_SETTINGS, classify("want the hinge pliable").intent());
        assertEquals(Intent.CHANGE_FILAMENT, classify("switch to TPU").intent());
    }
}
