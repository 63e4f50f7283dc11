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

/** Questions about current settings, answered from the real Elegoo presets. */
class SettingsRetrievalTest {

    private static AssistantReply ask(String question) {
        return Turns.reply(Intent.RETRIEVE_SLICING_SETTINGS, question);
    }

    @Test
    void answersTheSelectedProcessPresetsValue_namesThePreset_andSaysWhatItMeans() {
        AssistantReply reply = ask("what is my infill?");
        assertEquals("Infill density: 15% (from the process preset \"" + Fixtures.STANDARD + "\"). "
                + "How much of the inside of the part is filled.", reply.content());
        assertEquals(List.of(ActionName.RETRIEVE_SLICING_SETTINGS), actions(reply));
        assertTrue(reply.recommendation().isEmpty());
    }

    @Test
    void anOverrideWinsOverThePreset() {
        AssistantReply reply = Turns.reply(Intent.RETRIEVE_SLICING_SETTINGS, "how dense is my infill at the moment",
                Language.EN, Fixtures.profiles(Map.of("sparse_infill_density", new ConfigValue.Scalar("35%")), Map.of()));
        assertTrue(reply.content().startsWith("Infill density: 35% (from your process override)."), reply.content());
    }

    @Test
    void aFilamentSettingComesFromTheFilamentPresetWithItsUnit() {
        assertTrue(ask("which nozzle temp am I printing at?").content()
                .startsWith("Nozzle temperature: 210 °C (from the filament preset \"" + Fixtures.PLA + "\")."));
    }

    @Test
    void aSettingWithSeveralKeysListsEachOfThem() {
        String content = ask("what are my current print speeds").content();
        assertTrue(content.contains("Outer wall speed: 160 mm/s"), content);
        assertTrue(content.contains("Inner wall speed: 200 mm/s"), content);
    }

    @Test
    void anOnOffSettingReadsAsOnOrOff() {
        assertTrue(ask("are supports on right now?").content().startsWith("Enable support: off"));
    }

    @Test
    void theOrcaSlicerKeyOrTheCatalogLabel_nameASettingToo() {
        assertTrue(ask("what is sparse_infill_pattern").content().startsWith("Infill pattern: zig-zag (from the "
                + "process preset \"" + Fixtures.STANDARD + "\"). The shape of the infill inside the part."));
        assertTrue(ask("what are my wall loops").content().startsWith("Wall loops: 2 (from"));
        assertTrue(ask("show me the travel speed").content().startsWith("Travel speed: 500 mm/s (from"));
        assertTrue(ask("what's my bridge_flow").content().startsWith("Bridge flow ratio: 1 (from"),
                "a setting without a meaning is still answered");
    }

    @Test
    void aKeyThePresetsDoNotSetIsSaidToUseTheDefault() {
        assertEquals("Brim type: not set in your presets, so the slicer uses its built-in default. "
                + "Where a brim is printed around the part on the first layer, if at all.", ask("do I have a brim?").content());
    }

    @Test
    void aFilamentsNil_isThePrintersValue() {
        assertTrue(ask("what is my retraction length?").content().startsWith(
                "Retraction length: set by your printer profile, which the slicer does not share with me."));
        AssistantReply tpu = Turns.reply(Intent.RETRIEVE_SLICING_SETTINGS, "what is my retraction length?", Language.EN,
                Fixtures.profiles(Fixtures.TPU, Map.of()));
        assertTrue(tpu.content().startsWith("Retraction length: 0.4 mm (from the filament preset \"" + Fixtures.TPU
                + "\")."), tpu.content());
    }

    @Test
    void anUnknownSettingListsWhatCanBeRead_stillAsARetrieveAnswer() {
        AssistantReply reply = ask("what is my current fan curve?");
        assertTrue(reply.content().startsWith("I can read these settings for you: Infill density, Layer height"),
                reply.content());
        assertEquals(List.of(ActionName.RETRIEVE_SLICING_SETTINGS), actions(reply));
    }

    @Test
    void answersInChinese() {
        AssistantReply reply = Turns.reply(Intent.RETRIEVE_SLICING_SETTINGS, "我的层高是多少", Language.ZH_CN);
        assertEquals("层高：0.2 mm（来自工艺预设“" + Fixtures.STANDARD + "”）。每一层的厚度：越薄越精细但越慢，越厚越快。",
                reply.content());
    }

    @Test
    void aChineseQuestion_isAnsweredInChinese_evenWhenTheSlicerIsInEnglish() {
        AssistantReply reply = Turns.reply(Intent.RETRIEVE_SLICING_SETTINGS, "我现在的填充是多少？", Language.EN);
        assertTrue(reply.content().startsWith("填充密度：15%（来自工艺预设“" + Fixtures.STANDARD + "”）。"), reply.content());
    }
}
