package dev.slicewise.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.CompletionUsage;
import com.openai.models.models.Model;
import dev.slicewise.adapter.llm.openai.FakeOpenAi;
import dev.slicewise.adapter.llm.openai.FakeOpenAi.Answer;
import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The official OpenAI Java SDK as the client, pointed at Slicewise's {@code /v1} with a native API key: it lists the
 * model, gets whole and streamed answers (from the fake provider and from the embedded engine), reads Slicewise's
 * {@code slicewise} field and the usage, and turns Slicewise's errors into its own exceptions with OpenAI's codes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiSdkTest {

    private final FakeOpenAi provider = FakeOpenAi.start();
    private TestServer server;
    private String key;
    private UserId owner;
    private OpenAIClient client;

    @BeforeAll
    void start() throws IOException {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "slicewise.assistant.mode", "llm",
                "slicewise.llm.base-url", provider.baseUrl() + "/v1",
                "slicewise.llm.model", "gpt-fake",
                "slicewise.llm.retries", 0,
                "slicewise.llm.stream", "true",
                "slicewise.credits.initial-grant", 100,
                "slicewise.fallback-threshold", 1));
        server = TestServer.inMemory(properties);
        provider.otherwise(Answer.events(FakeOpenAi.streamedText(List.of("PETG is ", "tougher ", "than PLA."), 40,
                9)));
        JsonNode issued = server.bean(JsonMapper.class).readValue(server.post("/api/v1/api_keys",
                "{\"name\":\"sdk\",\"rate_limit_per_minute\":1000}", "Authorization", NativeKeysTest.OPERATOR)
                .body(), JsonNode.class);
        key = issued.get("key").getStringValue();
        owner = new UserId(issued.get("id").getStringValue());
        client = client(key);
    }

    @AfterAll
    void stop() {
        client.close();
        server.close();
        provider.close();
    }

    @Test
    void sdk_listsTheModel() {
        List<Model> models = client.models().list().data();

        assertEquals(List.of("slicewise"), models.stream().map(Model::id).toList());
        assertEquals(JsonValue.from("model"), models.getFirst()._object_());
    }

    @Test
    void sdk_getsAWholeAnswer_withItsUsage() {
        ChatCompletion completion = client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("slicewise").addSystemMessage("You are a helpful assistant.")
                .addUserMessage("What is the difference between PLA and PETG?").temperature(0.5).maxTokens(200)
                .build());

        assertTrue(completion.id().startsWith("chatcmpl-"), completion.id());
        assertEquals("slicewise", completion.model());
        assertEquals(ChatCompletion.Choice.FinishReason.STOP, completion.choices().getFirst().finishReason());
        assertEquals(Optional.of("PETG is tougher than PLA."), completion.choices().getFirst().message().content());
        CompletionUsage usage = completion.usage().orElseThrow();
        assertEquals(List.of(40L, 9L, 49L), List.of(usage.promptTokens(), usage.completionTokens(),
                usage.totalTokens()));
    }

    @Test
    void sdk_streamsAnAnswer_withTheUsageLast() {
        List<String> texts = new ArrayList<>();
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("slicewise")
                        .addUserMessage("What is the difference between PLA and PETG?")
                        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
            stream.stream().forEach(chunk -> {
                chunks.add(chunk);
                chunk.choices().forEach(choice -> choice.delta().content().ifPresent(texts::add));
            });
        }

        assertEquals("PETG is tougher than PLA.", String.join("", texts));
        assertEquals(Optional.of(ChatCompletionChunk.Choice.FinishReason.STOP),
                chunks.get(chunks.size() - 2).choices().getFirst().finishReason());
        assertEquals(49L, chunks.getLast().usage().orElseThrow().totalTokens());
        assertEquals(1, chunks.stream().map(ChatCompletionChunk::id).distinct().count());
    }

    @Test
    void sdk_streamsTheEnginesAnswerToACommand_withTheActionsInTheSlicewiseField() throws IOException {
        Credits before = server.bean(CreditAccountRepository.class).balance(owner).orElse(new Credits(100));
        List<String> texts = new ArrayList<>();
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("slicewise").addUserMessage("slice the plate")
                        .putAdditionalBodyProperty("slicing_profiles", json(Fixtures.slicingProfiles()))
                        .putAdditionalBodyProperty("plates", json(Fixtures.plates())).build())) {
            stream.stream().forEach(chunk -> {
                chunks.add(chunk);
                chunk.choices().forEach(choice -> choice.delta().content().ifPresent(texts::add));
            });
        }

        assertTrue(String.join("", texts).endsWith("Actions: slice_model"), texts.toString());
        JsonValue slicewise = chunks.getLast().choices().getFirst().delta()._additionalProperties().get("slicewise");
        assertTrue(slicewise.toString().contains("slice_model"), String.valueOf(slicewise));
        assertEquals(Optional.of(new Credits(before.amount() - 1)),
                server.bean(CreditAccountRepository.class).balance(owner));
    }

    @Test
    void sdk_turnsErrorsIntoItsExceptions_withOpenAisCodes() {
        NotFoundException unknownModel = assertThrows(NotFoundException.class, () -> client.chat().completions()
                .create(ChatCompletionCreateParams.builder().model("gpt-4o").addUserMessage("hi").build()));
        assertEquals(Optional.of("model_not_found"), unknownModel.code());
        assertEquals(Optional.of("model"), unknownModel.param());

        OpenAIClient stranger = client("sw_not-a-key");
        try {
            UnauthorizedException unauthorized = assertThrows(UnauthorizedException.class,
                    () -> stranger.models().list());
            assertEquals(Optional.of("authentication_error"), unauthorized.type());
        } finally {
            stranger.close();
        }
    }

    private OpenAIClient client(String apiKey) {
        return OpenAIOkHttpClient.builder().baseUrl("http://localhost:" + server.port() + "/v1").apiKey(apiKey)
                .maxRetries(0).build();
    }

    private static JsonValue json(String text) throws IOException {
        return JsonValue.from(new ObjectMapper().readValue(text, Object.class));
    }
}
