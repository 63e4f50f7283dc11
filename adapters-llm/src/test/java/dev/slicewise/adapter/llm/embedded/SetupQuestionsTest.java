package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.slicing.SlicingRecommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.actions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions which settings to use or how to set up the print, requests for less or more material that the model
 * takes for a filament action, and a direction in the clause after the setting it moves. None of these sentences is
 * in the training data.
 */
class SetupQuestionsTest {

    private static Intent intentOf(String message) {
        return SharedClassifier.INSTANCE.classify(Conversation.of(ChatMessage.user(message)), Workflow.QUERY_INTENT)
                .intent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "which settings should I go with for this part?",
            "what settings would you recommend for this one?",
            "how should I set this print up?",
            "what should I set for this job?",
            "Welche Einstellungen nehme ich für das Teil?",
            "Wie soll ich das hier einstellen?",
            "¿Qué ajustes le pongo a esta pieza?",
            "Quais configurações você indica para essa peça?",
            "Quels réglages pour cette pièce ?",
            "Che impostazioni uso per questo pezzo?",
            "Какие настройки выбрать для этой детали?",
            "这个零件用什么参数好",
            "這個零件參數怎麼調？"})
    void aQuestionWhichSettingsToUse_isASettingsRequest_inEveryLanguage(String message) {
        assertEquals(Intent.DETERMINE_SLICING_SETTINGS, intentOf(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is my current infill?", "show me the settings I have now",
            "what settings am I using at the moment?"})
    void askingForTheCurrentSettings_staysAReadout(String message) {
        assertEquals(Intent.RETRIEVE_SLICING_SETTINGS, intentOf(message), message);
    }

    @Test
    void aQuestionWhichSettingsToUse_getsTheDefaultAnswer_withTheGoalsOffered() {
        AssistantReply reply = Turns.reply(intentOf("what settings do I need for this part?"),
                "what settings do I need for this part?", Language.EN);
        assertTrue(actions(reply).contains(ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS), reply.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimize filament on this one, looks don't matter",
            "use more material on this hook, it has to hold a coat",
            "bei dem Teil bitte das Filament minimieren, die Optik ist egal",
            "quiero minimizar el filamento en esta pieza",
            "这个摆件少用耗材就行"})
    void lessOrMoreMaterial_withNoMaterialNamed_isASettingsRequest(String message) {
        assertEquals(Intent.DETERMINE_SLICING_SETTINGS, intentOf(message), message);
    }

    @Test
    void aMaterialToSwitchTo_staysAFilamentChange() {
        assertEquals(Intent.CHANGE_FILAMENT, intentOf("switch the filament to PETG"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the infill looks hollow, raise it a bit | sparse_infill_density | 15",
            "about the top layers, I would like more | top_shell_layers | 5"})
    void aDirectionInTheNextClause_movesTheSettingNamedBefore(String message, String key, int before) {
        assertEquals(Intent.DETERMINE_SLICING_SETTINGS, intentOf(message), message);
        SlicingRecommendation recommendation = Turns.reply(Intent.DETERMINE_SLICING_SETTINGS, message)
                .recommendation().orElseThrow(() -> new AssertionError("no recommendation: " + message));
        String value = recommendation.processOverrides().get(key);
        assertTrue(value != null && Integer.parseInt(value.replace("%", "")) > before, recommendation.toString());
    }

    @Test
    void aDirectionNextToItsOwnSetting_staysThere() {
        assertEquals(List.of(new Requested.Amount(Setting.WALLS, new BigDecimal("4"), Unit.NONE),
                        new Requested.Move(Setting.INFILL, Requested.Heading.MORE)),
                new ExplicitRequests(Vocabulary.standard()).in(NormalisedText.of("4 walls, then more infill")));
    }
}
