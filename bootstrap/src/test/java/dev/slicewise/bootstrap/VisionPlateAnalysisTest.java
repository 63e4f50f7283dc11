package dev.slicewise.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slicewise.adapter.llm.openai.FakeOpenAi;
import dev.slicewise.adapter.llm.openai.FakeOpenAi.Answer;
import dev.slicewise.adapter.llm.plate.PlateRenders;
import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.plate.analysis.AdhesionAid;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRecord;
import dev.slicewise.domain.plate.analysis.SupportNeed;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.slicewise.adapter.llm.openai.FakeOpenAi.completion;
import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST plate_analysis/} with {@code SLICEWISE_ASSISTANT_MODE=llm} and {@code SLICEWISE_VISION_MODEL}, through
 * HTTP on the jar's wiring, against a fake OpenAI-compatible provider: the vision model's answer reaches the client,
 * a failing one is replaced by the embedded engine's, and either way the analysis is charged once and its record
 * says which engine answered. Without the vision model, the embedded engine alone analyses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisionPlateAnalysisTest {

    private static final long GRANT = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MUSHROOM_PLATE = "[{\"name\":\"Plate 1\",\"index\":0,\"model_objects\":"
            + "[{\"extruder_id\":-1,\"id\":\"52\",\"name\":\"Mushroom_v2.stl\"}]}]";
    private static final String CONTENT = "This is a **mushroom figurine** whose **cap overhangs** a **thin stem**. "
            + "Shall I set up tree supports and a brim?";
    private static final String METHOD = "Use tree supports under the cap and add a brim for the thin stem.";

    private final FakeOpenAi provider = FakeOpenAi.start();
    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of(
                "slicewise.assistant.mode", "llm",
                "slicewise.llm.base-url", provider.baseUrl(),
                "slicewise.llm.model", "text-fake",
                "slicewise.llm.timeout-ms", 3000,
                "slicewise.llm.retries", 0,
                "slicewise.vision.model", "vision-fake",
                // the fake answers whole (SpringAiPlateAnalyserTest covers a streaming provider)
                "slicewise.llm.stream", "false",
                "slicewise.credits.initial-grant", GRANT));
    }

    @BeforeEach
    void freshScript() {
        provider.forget();
        provider.otherwise(Answer.status(500, "{\"error\":\"no script\"}", Map.of()));
    }

    @AfterAll
    void stop() {
        server.close();
        provider.close();
    }

    private static String body(String user, List<String> images) {
        return "{\"elegoo_user_id\":\"" + user + "\",\"access_token\":\"" + user + "-token\",\"images\":"
                + images.stream().map(image -> "\"" + image + "\"").collect(Collectors.joining(",", "[", "]"))
                + ",\"plates\":" + MUSHROOM_PLATE + "}";
    }

    private static TestServer.Response analyse(TestServer on, String user) {
        on.register(user, user + "-token", 3600);
        return on.post(API + "plate_analysis/?lang=en", body(user, PlateRenders.Shape.MUSHROOM.jpegDataUris()));
    }

    private static JsonNode message(TestServer.Response response) {
        assertEquals(201, response.status(), response.body());
        try {
            return JSON.readTree(response.body()).path("message");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String structured(String support, String aid) {
        return "{\"support\":\"" + support + "\",\"support_confidence\":0.8,\"adhesion_aid\":\"" + aid + "\","
                + "\"adhesion_aid_confidence\":0.7,\"shape\":\"organic\",\"shape_confidence\":0.9,"
                + "\"features\":[\"overhangs\",\"small_base\"],\"content\":" + FakeOpenAi.quote(CONTENT) + ","
                + "\"suggested_printing_method\":" + FakeOpenAi.quote(METHOD) + "}";
    }

    private static PlateAnalysisRecord onlyRecordOf(TestServer on, String user) {
        List<PlateAnalysisRecord> records = on.bean(PlateAnalysisRecords.class).findByUser(new UserId(user));
        assertEquals(1, records.size(), records.toString());
        return records.getFirst();
    }

    private static void assertChargedOnce(TestServer on, String user) {
        assertEquals(Optional.of(new Credits(GRANT - 1)),
                on.bean(CreditAccountRepository.class).balance(new UserId(user)));
        assertEquals(new Credits(1), onlyRecordOf(on, user).charged());
    }

    @Test
    void theVisionModelsAnswer_isSentAsTheAnalysis_recordedWithItsProvider_andChargedOnce() {
        provider.then(Answer.json(completion(structured("tree", "raft"), List.of(), 3200, 170)));

        JsonNode message = message(analyse(server, "vera"));

        assertEquals(CONTENT, message.path("content").asText());
        assertEquals(METHOD, message.path("suggested_printing_method").asText());
        PlateAnalysisRecord record = onlyRecordOf(server, "vera");
        assertEquals(SupportNeed.TREE, record.findings().support());
        assertEquals(AdhesionAid.RAFT, record.findings().adhesionAid());
        Provenance provenance = record.provenance();
        assertEquals(List.of("primary", "vision-fake", 3200L, 170L, false), List.of(provenance.provider(),
                provenance.model(), provenance.promptTokens(), provenance.completionTokens(), provenance.fellBack()));
        assertChargedOnce(server, "vera");
        assertEquals(1, provider.received().size());
        assertEquals(PlateRenders.Shape.MUSHROOM.jpegDataUris(), imageUrls(provider.received().getFirst()));
    }

    @Test
    void aFailingVisionModel_isReplacedByTheEmbeddedAnalysis_recordedAsAFallBack_andChargedOnce() {
        JsonNode message = message(analyse(server, "walt"));

        assertTrue(message.path("content").asText().startsWith("This looks like a **figurine**."), message.toString());
        assertTrue(message.path("suggested_printing_method").asText().startsWith("Use tree supports"),
                message.toString());
        Provenance provenance = onlyRecordOf(server, "walt").provenance();
        assertEquals(List.of(Provenance.EMBEDDED, true), List.of(provenance.provider(), provenance.fellBack()));
        assertChargedOnce(server, "walt");
        assertEquals(1, provider.received().size());
    }

    @Test
    void anInvalidVisionAnswer_isReplacedByTheEmbeddedAnalysis_neverSentAsIs() {
        provider.then(Answer.json(completion(structured("sideways", "brim"), List.of(), 3000, 120)));

        JsonNode message = message(analyse(server, "xena"));

        assertTrue(message.path("content").asText().startsWith("This looks like a **figurine**."), message.toString());
        assertTrue(onlyRecordOf(server, "xena").provenance().fellBack());
        assertChargedOnce(server, "xena");
    }

    @Test
    void withoutAVisionModel_theEmbeddedEngineAloneAnalyses_andNoProviderIsAsked() {
        try (TestServer textOnly = TestServer.inMemory(Map.of(
                "slicewise.assistant.mode", "llm",
                "slicewise.llm.base-url", provider.baseUrl(),
                "slicewise.llm.model", "text-fake",
                "slicewise.vision.model", " "))) {
            provider.then(Answer.json(completion(structured("tree", "raft"), List.of(), 3200, 170)));

            JsonNode message = message(analyse(textOnly, "yuri"));

            assertTrue(message.path("content").asText().startsWith("This looks like a **figurine**."),
                    message.toString());
            Provenance provenance = onlyRecordOf(textOnly, "yuri").provenance();
            assertEquals(List.of(Provenance.EMBEDDED, false), List.of(provenance.provider(), provenance.fellBack()));
            assertTrue(provider.received().isEmpty());
        }
    }

    @Test
    void inEmbeddedMode_aVisionModelIsIgnored_andNoProviderIsAsked() {
        try (TestServer embedded = TestServer.inMemory(Map.of(
                "slicewise.llm.base-url", provider.baseUrl(),
                "slicewise.llm.model", "text-fake",
                "slicewise.vision.model", "vision-fake"))) {
            JsonNode message = message(analyse(embedded, "zoe"));

            assertTrue(message.path("content").asText().startsWith("This looks like a **figurine**."),
                    message.toString());
            assertEquals(Provenance.EMBEDDED, onlyRecordOf(embedded, "zoe").provenance().provider());
            assertTrue(provider.received().isEmpty());
        }
    }

    private static List<String> imageUrls(FakeOpenAi.Received received) {
        try {
            List<String> urls = new ArrayList<>();
            for (JsonNode message : JSON.readTree(received.body()).path("messages")) {
                for (JsonNode part : message.path("content")) {
                    if (part.path("type").asText().equals("image_url")) {
                        urls.add(part.path("image_url").path("url").asText());
                    }
                }
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
