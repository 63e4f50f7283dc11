package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.adapter.llm.plate.EmbeddedPlateAnalyser;
import dev.slicewise.adapter.llm.plate.PixelBudget;
import dev.slicewise.adapter.llm.plate.PlateRenders;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The round trip of the reference client: the plate analysis suggests a strategy, the user sends it back ("Please
 * set the slicing settings based on the suggested strategy: ..."), and the slicing expert sets matching settings.
 * The strategies are the embedded analyser's own, for rendered plates, in every language.
 */
class SuggestedStrategyTest {

    private static final String PLEASE = "Please set the slicing settings based on the suggested strategy: ";
    private static final EmbeddedPlateAnalyser ANALYSER = new EmbeddedPlateAnalyser(new PixelBudget(8, 10_000));

    private static String suggestion(PlateRenders.Shape shape, Language language) {
        PlateAnalysisRequest request = assertInstanceOf(PlateAnalysisRequest.Validation.Valid.class,
                PlateAnalysisRequest.validate(shape.jpegDataUris(), Fixtures.onePlateWithACube(), language)).request();
        return assertInstanceOf(PlateAnalysisResult.Analysed.class, ANALYSER.analyse(request)).reply()
                .suggestedPrintingMethod();
    }

    private static Map<String, String> applied(PlateRenders.Shape shape, Language language) {
        String suggestion = suggestion(shape, language);
        Dialogue dialogue = Dialogue.in(language);
        AssistantReply reply = dialogue.say(PLEASE + suggestion);
        assertEquals(Intent.DETERMINE_SLICING_SETTINGS, dialogue.lastClassification().intent(), suggestion);
        return reply.recommendation().orElseThrow(() -> new AssertionError(suggestion + " -> " + reply.content()))
                .processOverrides();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void treeSupportsAndABrim_forAMushroom(Language language) {
        Map<String, String> settings = applied(PlateRenders.Shape.MUSHROOM, language);

        assertEquals("1", settings.get("enable_support"), settings::toString);
        assertEquals("tree(auto)", settings.get("support_type"), settings::toString);
        assertTrue(settings.getOrDefault("brim_type", "").matches("outer_only|outer_and_inner"), settings::toString);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void normalSupportsAndNoBrim_forABridge(Language language) {
        Map<String, String> settings = applied(PlateRenders.Shape.BRIDGE, language);

        assertEquals("1", settings.get("enable_support"), settings::toString);
        // the Elegoo preset already has normal supports: then the type is not an override
        assertEquals("normal(auto)", settings.getOrDefault("support_type", Fixtures.standardPla()
                .selectedProcess().orElseThrow().value("support_type").orElseThrow().first()), settings::toString);
        assertEquals("no_brim", settings.getOrDefault("brim_type", "no_brim"), settings::toString);
        assertEquals("0", settings.getOrDefault("raft_layers", "0"), settings::toString);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aBrimAndNoSupports_forATallPillar(Language language) {
        Map<String, String> settings = applied(PlateRenders.Shape.TALL_THIN_PILLAR, language);

        assertTrue(settings.getOrDefault("brim_type", "").matches("outer_only|outer_and_inner"), settings::toString);
        assertEquals("0", settings.getOrDefault("enable_support", "0"), settings::toString);
    }
}
