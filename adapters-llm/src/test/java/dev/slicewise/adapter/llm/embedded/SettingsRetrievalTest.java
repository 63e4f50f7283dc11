package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.slicing.ConfigValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.actions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsRetrievalTest {

    private static AssistantReply ask(String question) {
        return Turns.reply(Intent.RETRIEVE_SLICING_SETTINGS, question);
    }

    @Test
    void answersTheSelectedProcessPresetsValueAndNamesThePreset() {
        AssistantReply reply = ask("what is my infill?");
        assertEquals("Sparse infill density: 15% (from the process preset \"" + Fixtures.STANDARD + "\")",
                reply.content());
        assertEquals(List.of(ActionName.RETRIEVE_SLICING_SETTINGS), actions(reply));
        assertTrue(reply.recommendation().isEmpty());
    }

    @Test
    void anOverrideWinsOverThePreset() {
        AssistantReply reply = Turns.reply(Intent.RETRIEVE_SLICING_SETTINGS, "how dense is my infill at the moment",
                Language.EN, Fixtures.profiles(Map.of("sparse_infill_density", new ConfigValue.Scalar("35%")), Map.of()));
        assertEquals("Sparse infill density: 35% (from your process override)", reply.content());
    }

    @Test
    void aFilamentSettingComesFromTheFilamentPresetWithItsUnit() {
        assertEquals("Nozzle temperature: 210 °C (from the filament preset \"" + Fixtures.PLA + "\")",
                ask("which nozzle temp am I printing at?").content());
    }

    @Test
    void aSettingWithSeveralKeysListsEachOfThem() {
        String content = ask("what are my current print speeds").content();
        assertTrue(content.contains("Outer wall speed: 160 mm/s"), content);
        assertTrue(content.contains("Inner wall speed: 200 mm/s"), content);
    }

    @Test
    void anOnOffSettingReadsAsOnOrOff() {
        assertTrue(ask("are supports on right now?").content().startsWith("Support: off"));
    }

    @Test
    void aKeyThePresetsDoNotSetIsSaidToUseTheDefault() {
        assertEquals("Brim type: not set in your presets, so the slicer uses its built-in default",
                ask("do I have a brim?").content());
    }

    @Test
    void anUnknownSettingListsWhatCanBeRead_stillAsARetrieveAnswer() {
        AssistantReply reply = ask("what is my current fan curve?");
        assertTrue(reply.content().startsWith("I can read these settings for you: Sparse infill density, Layer height"),
                reply.content());
        assertEquals(List.of(ActionName.RETRIEVE_SLICING_SETTINGS), actions(reply));
    }

    @Test
    void answersInTheRequestsLanguage() {
        AssistantReply reply = Turns.reply(Intent.RETRIEVE_SLICING_SETTINGS, "我现在的层高是多少？", Language.ZH_CN);
        assertEquals("层高：0.2 mm（来自工艺预设“" + Fixtures.STANDARD + "”）", reply.content());
    }
}
