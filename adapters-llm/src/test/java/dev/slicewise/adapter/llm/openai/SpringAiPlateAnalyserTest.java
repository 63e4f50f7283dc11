package dev.slicewise.adapter.llm.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slicewise.adapter.llm.openai.FakeOpenAi.Answer;
import dev.slicewise.adapter.llm.plate.EmbeddedPlateAnalyser;
import dev.slicewise.adapter.llm.plate.PixelBudget;
import dev.slicewise.adapter.llm.plate.PlateRenders;
import dev.slicewise.application.inmemory.InMemoryMetrics;
import dev.slicewise.application.service.PlateAnalysisRouting;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.plate.BoundingBox;
import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.plate.analysis.AnalysisRefusal;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;
import dev.slicewise.domain.plate.analysis.SupportNeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static dev.slicewise.adapter.llm.openai.FakeOpenAi.completion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vision model on a chain of fake OpenAI-compatible providers on 127.0.0.1: what the model is sent (the views as
 * image parts, the plate, the language, the schema), what its answer becomes, and the embedded engine's answer on
 * every failure.
 */
class SpringAiPlateAnalyserTest {

    private static final EmbeddedPlateAnalyser EMBEDDED = new EmbeddedPlateAnalyser(new PixelBudget(8, 10_000));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Plate MUSHROOM = new Plate(Optional.of("Plate 1"), 0,
            Optional.of(PlateRenders.Shape.MUSHROOM.boundingBox()),
            List.of(new ModelObject("52", "Mushroom_v2.stl", OptionalInt.empty())));

    private final FakeOpenAi primary = FakeOpenAi.start();
    private final FakeOpenAi backup = FakeOpenAi.start();

    @AfterEach
    void stop() {
        primary.close();
        backup.close();
    }

    private static ProviderSettings settings(String name, FakeOpenAi fake, boolean stream, Duration timeout) {
        return new ProviderSettings(name, URI.create(fake.baseUrl()), "", name + "-text-model", timeout, 0.2, 1024, 0,
                stream);
    }

    /** The vision model on the providers, routed as the service routes it: the embedded analysis first. */
    private static PlateAnalysisRouting routed(List<ProviderSettings> chain, EmbeddedPlateAnalyser embedded) {
        return new PlateAnalysisRouting(embedded,
                Optional.of(SpringAiPlateAnalyser.of(chain, "vision-model", new InMemoryMetrics())),
                new InMemoryMetrics());
    }

    private PlateAnalysisRouting primaryThenBackup(Duration timeout, boolean backupStreams) {
        return routed(List.of(settings("primary", primary, false, timeout),
                settings("backup", backup, backupStreams, timeout)), EMBEDDED);
    }

    private PlateAnalysisRouting primaryOnly() {
        return routed(List.of(settings("primary", primary, false, Duration.ofSeconds(5))), EMBEDDED);
    }

    private static PlateAnalysisRequest request(List<String> views, Language language) {
        return assertInstanceOf(PlateAnalysisRequest.Validation.Valid.class,
                PlateAnalysisRequest.validate(views, List.of(MUSHROOM), language)).request();
    }

    private static PlateAnalysisRequest mushroom() {
        return request(PlateRenders.Shape.MUSHROOM.jpegDataUris(), Language.EN);
    }

    private static String answer(JsonNode structured) {
        return completion(structured.toString(), List.of(), 3100, 160);
    }

    private static PlateAnalysisResult.Analysed analysed(PlateAnalysisResult result) {
        return assertInstanceOf(PlateAnalysisResult.Analysed.class, result);
    }

    private static void assertProvenance(Provenance provenance, String provider, String model, long promptTokens,
                                         long completionTokens, boolean fellBack) {
        assertEquals(List.of(provider, model, promptTokens, completionTokens, fellBack), List.of(provenance.provider(),
                provenance.model(), provenance.promptTokens(), provenance.completionTokens(), provenance.fellBack()));
    }

    /** The embedded engine's reply to the same request: what the user gets when no model answered. */
    private static PlateAnalysisReply embedded(PlateAnalysisRequest request) {
        return analysed(EMBEDDED.analyse(request)).reply();
    }

    private static JsonNode body(FakeOpenAi.Received received) {
        try {
            return JSON.readTree(received.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aValidStructuredAnswer_isTheReply_withTheVisionModelsProvenance() {
        primary.then(Answer.json(answer(VisionAnswerTest.figurine())));

        PlateAnalysisResult.Analysed result = analysed(primaryThenBackup(Duration.ofSeconds(5), false)
                .analyse(mushroom()));

        assertEquals(VisionAnswerTest.figurine().path("content").asText(), result.reply().content());
        assertEquals(SupportNeed.TREE, result.reply().findings().support());
        assertProvenance(result.provenance(), "primary", "vision-model", 3100, 160, false);
        assertTrue(backup.received().isEmpty());
    }

    @Test
    void theViewsArriveAsImageParts_withThePlateAsText_theLanguage_andTheSchema() {
        primary.then(Answer.json(answer(VisionAnswerTest.figurine())));
        List<String> views = PlateRenders.Shape.MUSHROOM.jpegDataUris();

        primaryOnly().analyse(request(views, Language.DE));

        JsonNode sent = body(primary.received().getFirst());
        assertEquals("vision-model", sent.path("model").asText());
        JsonNode messages = sent.path("messages");
        assertEquals(List.of("system", "user"), List.of(messages.get(0).path("role").asText(),
                messages.get(1).path("role").asText()));
        assertTrue(messages.get(0).path("content").asText().contains("in the language tagged de (German)"),
                messages.get(0).toString());
        List<String> types = new ArrayList<>();
        List<String> images = new ArrayList<>();
        String text = "";
        for (JsonNode part : messages.get(1).path("content")) {
            types.add(part.path("type").asText());
            if (part.path("type").asText().equals("image_url")) {
                images.add(part.path("image_url").path("url").asText());
            } else {
                text = part.path("text").asText();
            }
        }
        assertEquals(List.of("text", "image_url", "image_url", "image_url", "image_url"), types);
        assertEquals(views, images);
        BoundingBox box = PlateRenders.Shape.MUSHROOM.boundingBox();
        assertTrue(text.contains("plate 1 \"Plate 1\": 1 model(s): Mushroom_v2.stl; all of them within "
                + Math.round(box.maxX() - box.minX()) + " x " + Math.round(box.maxY() - box.minY()) + " x "
                + Math.round(box.maxZ() - box.minZ()) + " mm"), text);
        assertTrue(text.contains("the last from below"), text);
        JsonNode format = sent.path("response_format");
        assertEquals("json_schema", format.path("type").asText());
        assertEquals(VisionPrompt.SCHEMA_NAME, format.path("json_schema").path("name").asText());
        assertTrue(format.path("json_schema").path("strict").asBoolean());
        assertEquals(JSON.valueToTree(VisionAnswer.schema()), format.path("json_schema").path("schema"));
        assertTrue(sent.path("tools").isMissingNode(), sent.path("tools").toString());
    }

    @Test
    void anInvalidAnswer_isAnsweredByTheEmbeddedEngine() {
        primary.then(Answer.json(answer(VisionAnswerTest.figurine().put("support", "sideways"))));
        PlateAnalysisRequest request = mushroom();

        PlateAnalysisResult.Analysed result = analysed(primaryOnly().analyse(request));

        assertEquals(embedded(request), result.reply());
        assertProvenance(result.provenance(), Provenance.EMBEDDED, Provenance.EMBEDDED, 0, 0, true);
    }

    @Test
    void aModelThatWritesProseInsteadOfJson_isAnsweredByTheEmbeddedEngine() {
        primary.then(Answer.json(completion("I'm sorry, I cannot see images.", List.of(), 50, 9)));
        PlateAnalysisRequest request = mushroom();

        assertEquals(embedded(request), analysed(primaryOnly().analyse(request)).reply());
    }

    @Test
    void aTimeout_isAnsweredByTheEmbeddedEngine() {
        Answer late = Answer.json(answer(VisionAnswerTest.figurine())).after(Duration.ofSeconds(3));
        primary.then(late);
        backup.then(late);
        PlateAnalysisRequest request = mushroom();

        PlateAnalysisResult.Analysed result = analysed(primaryThenBackup(Duration.ofMillis(300), false)
                .analyse(request));

        assertEquals(embedded(request), result.reply());
        assertProvenance(result.provenance(), Provenance.EMBEDDED, Provenance.EMBEDDED, 0, 0, true);
    }

    @Test
    void a500_movesOnToTheNextProvider_evenAStreamingOne() {
        primary.then(Answer.status(500, "{\"error\":\"down\"}", Map.of()));
        String structured = VisionAnswerTest.figurine().toString();
        int half = structured.length() / 2;
        backup.then(Answer.events(FakeOpenAi.streamedText(List.of(structured.substring(0, half),
                structured.substring(half)), 2900, 150)));

        PlateAnalysisResult.Analysed result = analysed(primaryThenBackup(Duration.ofSeconds(5), true)
                .analyse(mushroom()));

        assertEquals(VisionAnswerTest.figurine().path("suggested_printing_method").asText(),
                result.reply().suggestedPrintingMethod());
        assertProvenance(result.provenance(), "backup", "vision-model", 2900, 150, true);
    }

    @Test
    void a500AndA429Everywhere_isAnsweredByTheEmbeddedEngine() {
        primary.then(Answer.status(500, "{\"error\":\"down\"}", Map.of()));
        backup.then(Answer.status(429, "{\"error\":\"slow down\"}", Map.of("Retry-After", "60")));
        PlateAnalysisRequest request = mushroom();

        PlateAnalysisResult.Analysed result = analysed(primaryThenBackup(Duration.ofSeconds(5), false)
                .analyse(request));

        assertEquals(embedded(request), result.reply());
        assertTrue(result.provenance().fellBack());
        assertEquals(1, primary.received().size());
        assertEquals(1, backup.received().size());
    }

    @Test
    void aRefusedConnection_isAnsweredByTheEmbeddedEngine() {
        FakeOpenAi gone = FakeOpenAi.start();
        ProviderSettings closed = settings("gone", gone, false, Duration.ofSeconds(2));
        gone.close();
        PlateAnalysisRequest request = mushroom();

        PlateAnalysisResult.Analysed result = analysed(routed(List.of(closed), EMBEDDED).analyse(request));

        assertEquals(embedded(request), result.reply());
    }

    @Test
    void aViewThatCannotBeDecoded_isRefused_beforeAnyProviderIsAsked() {
        String broken = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10, 0x20, 0x30});
        List<String> views = List.of(PlateRenders.Shape.MUSHROOM.jpegDataUris().getFirst(), broken);

        PlateAnalysisResult result = primaryOnly().analyse(request(views, Language.EN));

        assertEquals(AnalysisRefusal.ofImage(AnalysisRefusal.Reason.IMAGE_UNDECODABLE, 1),
                assertInstanceOf(PlateAnalysisResult.Refused.class, result).refusal());
        assertTrue(primary.received().isEmpty());
    }

    @Test
    void givenNoRoomInThePixelBudget_analyse_isBusy_andNoProviderIsAsked() {
        PixelBudget budget = new PixelBudget(17, 0);
        try (PixelBudget.Lease taken = budget.take(4096, 4096).orElseThrow()) {
            PlateAnalysisResult result = routed(List.of(settings("primary", primary, false, Duration.ofSeconds(5))),
                    new EmbeddedPlateAnalyser(budget)).analyse(mushroom());

            assertInstanceOf(PlateAnalysisResult.Busy.class, result);
            assertTrue(primary.received().isEmpty());
        }
    }

    @Test
    void theChainNeedsAProvider() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> SpringAiPlateAnalyser.of(List.of(), "vision-model", new InMemoryMetrics()));

        assertEquals("a provider chain needs at least one provider", none.getMessage());
    }
}
