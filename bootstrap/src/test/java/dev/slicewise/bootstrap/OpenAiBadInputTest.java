package dev.slicewise.bootstrap;

import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bad request to the OpenAI-compatible endpoints gets its exact status and OpenAI's error shape
 * ({@code {"error": {"message", "type", "param", "code"}}}), the framework's own answers on these paths included, and
 * none of them records a turn or charges anything. The key is admitted before any field is judged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiBadInputTest {

    static final String COMPLETIONS = "/v1/chat/completions";
    private static final String HI = "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]";

    private TestServer server;
    private String key;
    private UserId owner;
    private String revoked;

    @BeforeAll
    void start() throws IOException {
        server = TestServer.inMemory(Map.of());
        JsonMapper json = server.bean(JsonMapper.class);
        JsonNode issued = json.readValue(server.post("/api/v1/api_keys", "{\"name\":\"openai-bad-input\","
                + "\"rate_limit_per_minute\":1000}", "Authorization", NativeKeysTest.OPERATOR).body(), JsonNode.class);
        key = issued.get("key").getStringValue();
        owner = new UserId(issued.get("id").getStringValue());
        JsonNode gone = json.readValue(server.post("/api/v1/api_keys", "{\"name\":\"gone\"}",
                "Authorization", NativeKeysTest.OPERATOR).body(), JsonNode.class);
        revoked = gone.get("key").getStringValue();
        server.send(server.request("/api/v1/api_keys/" + gone.get("id").getStringValue(), "Authorization",
                NativeKeysTest.OPERATOR).DELETE());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    record Case(String name, String method, String path, String body, List<String> headers, int status,
                String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String model = "\"model\":\"slicewise\",";
        cases.add(new Case("no key", "POST", COMPLETIONS, "{" + model + HI + "}", List.of(), 401,
                error("An API key is required: Authorization: Bearer <key>.", "authentication_error", null,
                        "invalid_api_key")));
        cases.add(new Case("revoked key", "POST", COMPLETIONS, "{" + model + HI + "}",
                List.of("Authorization", "Bearer " + revoked), 401,
                error("The API key is not valid.", "authentication_error", null, "invalid_api_key")));
        cases.add(new Case("models without a key", "GET", "/v1/models", "", List.of(), 401,
                error("An API key is required: Authorization: Bearer <key>.", "authentication_error", null,
                        "invalid_api_key")));
        cases.add(completion("malformed JSON", "{\"model\":", 400, invalid(
                "We could not parse the JSON body of your request: it is not valid JSON.", null)));
        cases.add(completion("empty body", "", 400, invalid("The request body must be a JSON object.", null)));
        cases.add(completion("an array body", "[]", 400, invalid("The request body must be a JSON object.", null)));
        cases.add(completion("model missing", "{" + HI + "}", 400,
                invalid("You must provide a model parameter ('slicewise').", "model")));
        cases.add(completion("model a number", "{\"model\":4," + HI + "}", 400,
                invalid("'model' must be a string.", "model")));
        cases.add(completion("unknown model", "{\"model\":\"gpt-4o\"," + HI + "}", 404,
                error("The model 'gpt-4o' does not exist; the model is 'slicewise'.", "invalid_request_error",
                        "model", "model_not_found")));
        cases.add(completion("messages missing", "{\"model\":\"slicewise\"}", 400,
                invalid("Missing required parameter: 'messages'.", "messages")));
        cases.add(completion("messages empty", "{" + model + "\"messages\":[]}", 400,
                invalid("'messages' must be a non-empty array of messages.", "messages")));
        cases.add(completion("messages an object", "{" + model + "\"messages\":{}}", 400,
                invalid("'messages' must be a non-empty array of messages.", "messages")));
        cases.add(completion("a message that is a string", "{" + model + "\"messages\":[\"hi\"]}", 400,
                invalid("'messages[0]' must be an object with 'role' and 'content'.", "messages[0]")));
        cases.add(completion("role missing", "{" + model + "\"messages\":[{\"content\":\"hi\"}]}", 400,
                invalid("'messages[0].role' is required.", "messages[0].role")));
        cases.add(completion("a tool's message", "{" + model + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
                + "{\"role\":\"tool\",\"content\":\"42\",\"tool_call_id\":\"c1\"}]}", 400,
                invalid("'messages[1].role' must be 'system', 'developer', 'user' or 'assistant'; Slicewise calls "
                        + "no tools.", "messages[1].role")));
        cases.add(completion("an unknown role", "{" + model + "\"messages\":[{\"role\":\"robot\",\"content\":\"hi\"}]}",
                400, invalid("'messages[0].role' must be 'system', 'developer', 'user' or 'assistant'; Slicewise "
                        + "calls no tools.", "messages[0].role")));
        cases.add(completion("only a system message", "{" + model + "\"messages\":[{\"role\":\"system\","
                + "\"content\":\"be brief\"}]}", 400,
                invalid("The last message must be the user's, with some text.", "messages")));
        cases.add(completion("the assistant's message last", "{" + model + "\"messages\":[{\"role\":\"user\","
                + "\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"hello\"}]}", 400,
                invalid("The last message must be the user's, with some text.", "messages")));
        cases.add(completion("a blank user message", "{" + model + "\"messages\":[{\"role\":\"user\","
                + "\"content\":\" \\n \"}]}", 400,
                invalid("The last message must be the user's, with some text.", "messages")));
        cases.add(completion("a user message of 10,001 characters", "{" + model + "\"messages\":[{\"role\":\"user\","
                + "\"content\":\"" + "a".repeat(10_001) + "\"}]}", 400,
                invalid("The last message must be at most 10000 characters.", "messages")));
        cases.add(completion("content a number", "{" + model + "\"messages\":[{\"role\":\"user\",\"content\":7}]}",
                400, invalid("'messages[0].content' must be a string or an array of text parts.",
                        "messages[0].content")));
        cases.add(completion("an image part", "{" + model + "\"messages\":[{\"role\":\"user\",\"content\":["
                + "{\"type\":\"text\",\"text\":\"what is wrong?\"},{\"type\":\"image_url\",\"image_url\":"
                + "{\"url\":\"data:image/png;base64,iVBORw0KGgo=\"}}]}]}", 400,
                invalid("Images are not accepted here: a photo of a print is analysed with the plate it shows, so "
                        + "send it to POST /api/v1/chat as an attachment.", "messages[0].content[1]")));
        cases.add(completion("an audio part", "{" + model + "\"messages\":[{\"role\":\"user\",\"content\":["
                + "{\"type\":\"input_audio\"}]}]}", 400,
                invalid("'messages[0].content[0]' must be a text part ({\"type\": \"text\", \"text\": \"...\"}).",
                        "messages[0].content[0]")));
        cases.add(completion("n of 2", "{" + model + HI + ",\"n\":2}", 400,
                invalid("Slicewise answers with one choice: 'n' must be 1.", "n")));
        cases.add(completion("temperature 3", "{" + model + HI + ",\"temperature\":3}", 400,
                invalid("'temperature' must be a number from 0.0 to 2.0.", "temperature")));
        cases.add(completion("max_tokens 0", "{" + model + HI + ",\"max_tokens\":0}", 400,
                invalid("'max_tokens' must be a whole number of at least 1.", "max_tokens")));
        cases.add(completion("stream a string", "{" + model + HI + ",\"stream\":\"yes\"}", 400,
                invalid("'stream' must be true or false.", "stream")));
        cases.add(completion("stream_options without stream", "{" + model + HI
                + ",\"stream_options\":{\"include_usage\":true}}", 400,
                invalid("'stream_options' is only allowed when 'stream' is true.", "stream_options")));
        cases.add(completion("include_usage a number", "{" + model + HI
                + ",\"stream\":true,\"stream_options\":{\"include_usage\":1}}", 400,
                invalid("'stream_options.include_usage' must be true or false.", "stream_options.include_usage")));
        cases.add(completion("slicing profiles a string", "{" + model + HI + ",\"slicing_profiles\":\"PLA\"}", 400,
                invalid("slicing_profiles must be an object", null)));
        cases.add(new Case("not JSON", "POST", COMPLETIONS, "{" + model + HI + "}",
                List.of("Authorization", "Bearer " + key, "Content-Type", "text/plain"), 415,
                error("The request body must be JSON (Content-Type: application/json)", "invalid_request_error",
                        null, "unsupported_media_type")));
        cases.add(new Case("GET on completions", "GET", COMPLETIONS, "", List.of("Authorization", "Bearer " + key),
                405, error("This endpoint does not accept the GET method", "invalid_request_error", null,
                        "method_not_allowed")));
        cases.add(new Case("an unknown path", "GET", "/v1/embeddings", "", List.of("Authorization", "Bearer " + key),
                404, error("No such endpoint", "invalid_request_error", null, "not_found")));
        cases.add(completion("body over the size limit", "{" + model + "\"messages\":[{\"role\":\"user\","
                + "\"content\":\"" + "x".repeat(8_400_000) + "\"}]}", 413,
                error("The request body is larger than the limit of 8388608 bytes", "invalid_request_error", null,
                        "request_too_large")));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput_getsItsExactStatusAndBody(Case c) {
        HttpRequest.Builder request = server.request(c.path(), c.headers().toArray(String[]::new));
        request.method(c.method(), c.body().isEmpty() && c.method().equals("GET")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body()));

        TestServer.Response response = server.send(request);

        assertEquals(c.status(), response.status(), c.name() + ": " + response.body());
        assertEquals(c.expected(), response.body(), c.name());
    }

    @Test
    void badInputs_recordNothing_andChargeNothing() {
        cases().forEach(this::badInput_getsItsExactStatusAndBody);

        assertTrue(server.bean(TurnRecordRepository.class).findByUser(owner).isEmpty());
        assertEquals(Optional.empty(), server.bean(CreditAccountRepository.class).balance(owner),
                "no charge was ever asked for this key");
    }

    private Case completion(String name, String body, int status, String expected) {
        return new Case(name, "POST", COMPLETIONS, body, List.of("Authorization", "Bearer " + key), status, expected);
    }

    private static String invalid(String message, String param) {
        return error(message, "invalid_request_error", param, null);
    }

    static String error(String message, String type, String param, String code) {
        return "{\"error\":{\"message\":\"" + message.replace("\"", "\\\"") + "\",\"type\":\"" + type
                + "\",\"param\":" + (param == null ? "null" : "\"" + param + "\"") + ",\"code\":"
                + (code == null ? "null" : "\"" + code + "\"") + "}}";
    }
}
