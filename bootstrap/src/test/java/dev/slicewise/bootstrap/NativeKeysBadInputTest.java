package dev.slicewise.bootstrap;

import dev.slicewise.application.port.out.ApiKeyRepository;
import dev.slicewise.domain.apikey.ApiKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every bad request to the native API's key and model endpoints gets its exact status and body in the native shape,
 * and none of them issues, revokes or uses a key. The operator and the key are authenticated before any field is
 * judged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NativeKeysBadInputTest {

    private static final String KEYS = NativeKeysTest.KEYS;
    private static final String MODELS = "/api/v1/models";
    private static final List<String> OPERATOR = List.of("Authorization", NativeKeysTest.OPERATOR);
    private static final String RANGE = "'rate_limit_per_minute' must be an integer from 1 to 100000.";
    private static final String NO_OPERATOR = "Managing API keys takes a partner token: Authorization: Token <token>.";

    private TestServer server;
    private List<ApiKey> keysBefore;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of());
        assertEquals(201, server.post(KEYS, "{\"name\":\"existing\"}", OPERATOR.toArray(String[]::new)).status());
        keysBefore = server.bean(ApiKeyRepository.class).active();
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
        String valid = "{\"name\":\"app\"}";
        cases.add(issue("no partner token", valid, List.of(), 401, error("unauthorized", NO_OPERATOR)));
        cases.add(issue("wrong partner token", valid, List.of("Authorization", "Token nope"), 401,
                error("unauthorized", NO_OPERATOR)));
        cases.add(issue("partner token as a bearer", valid,
                List.of("Authorization", "Bearer " + TestServer.PARTNER_TOKEN), 401, error("unauthorized", NO_OPERATOR)));
        cases.add(issue("stranger with a bad body", "{\"name\":", List.of("Authorization", "Token nope"), 401,
                error("unauthorized", NO_OPERATOR)));
        cases.add(issue("malformed JSON", "{\"name\":", OPERATOR, 400,
                error("invalid_request", "The request body is not valid JSON.")));
        cases.add(issue("empty body", "", OPERATOR, 400,
                error("invalid_request", "The request body must be a JSON object.")));
        cases.add(issue("array body", "[]", OPERATOR, 400,
                error("invalid_request", "The request body must be a JSON object.")));
        cases.add(issue("name missing", "{}", OPERATOR, 400, error("invalid_request", "'name' is required.")));
        cases.add(issue("name null", "{\"name\":null}", OPERATOR, 400, error("invalid_request", "'name' is required.")));
        cases.add(issue("name a number", "{\"name\":7}", OPERATOR, 400,
                error("invalid_request", "'name' must be a string.")));
        cases.add(issue("name whitespace", "{\"name\":\" \\t \"}", OPERATOR, 400,
                error("invalid_request", "'name' must not be empty.")));
        cases.add(issue("name of 101 characters", "{\"name\":\"" + "n".repeat(101) + "\"}", OPERATOR, 400,
                error("invalid_request", "'name' must be at most 100 characters.")));
        cases.add(issue("rate limit zero", "{\"name\":\"a\",\"rate_limit_per_minute\":0}", OPERATOR, 400,
                error("invalid_request", RANGE)));
        cases.add(issue("rate limit negative", "{\"name\":\"a\",\"rate_limit_per_minute\":-5}", OPERATOR, 400,
                error("invalid_request", RANGE)));
        cases.add(issue("rate limit fractional", "{\"name\":\"a\",\"rate_limit_per_minute\":1.5}", OPERATOR, 400,
                error("invalid_request", RANGE)));
        cases.add(issue("rate limit a string", "{\"name\":\"a\",\"rate_limit_per_minute\":\"60\"}", OPERATOR, 400,
                error("invalid_request", RANGE)));
        cases.add(issue("rate limit over the most", "{\"name\":\"a\",\"rate_limit_per_minute\":100001}", OPERATOR, 400,
                error("invalid_request", RANGE)));
        cases.add(issue("unknown field", "{\"name\":\"a\",\"rate_limit\":5}", OPERATOR, 400,
                error("invalid_request", "Unknown field 'rate_limit'; the fields are [name, rate_limit_per_minute].")));
        List<String> plainText = new ArrayList<>(OPERATOR);
        plainText.addAll(List.of("Content-Type", "text/plain"));
        cases.add(issue("not JSON", valid, plainText, 415, error("unsupported_media_type",
                "The request body must be JSON (Content-Type: application/json)")));
        cases.add(issue("body over the size limit", "{\"name\":\"" + "x".repeat(8_400_000) + "\"}", OPERATOR, 413,
                error("too_large", "The request body is larger than the limit of 8388608 bytes")));
        cases.add(new Case("list without a partner token", "GET", KEYS, null, List.of(), 401,
                error("unauthorized", NO_OPERATOR)));
        cases.add(new Case("revoke without a partner token", "DELETE", KEYS + "/key_" + "0".repeat(32), null, List.of(),
                401, error("unauthorized", NO_OPERATOR)));
        cases.add(new Case("revoke an unknown key", "DELETE", KEYS + "/key_" + "0".repeat(32), null, OPERATOR, 404,
                error("not_found", "No API key has the id 'key_" + "0".repeat(32) + "'.")));
        cases.add(new Case("revoke an id that is no key id", "DELETE", KEYS + "/ses_1", null, OPERATOR, 404,
                error("not_found", "No API key has the id 'ses_1'.")));
        cases.add(new Case("wrong method on the keys", "PATCH", KEYS, "{}", OPERATOR, 405,
                error("method_not_allowed", "This endpoint does not accept the PATCH method")));
        String keyRequired = "An API key is required: Authorization: Bearer <key>.";
        String keyInvalid = "The API key is not valid.";
        cases.add(new Case("models without a key", "GET", MODELS, null, List.of(), 401,
                error("unauthorized", keyRequired)));
        cases.add(new Case("models with the key in another scheme", "GET", MODELS, null,
                List.of("Authorization", "Token sw_x"), 401, error("unauthorized", keyRequired)));
        cases.add(new Case("models with an unknown key", "GET", MODELS, null, List.of("Authorization", "Bearer sw_nope"),
                401, error("unauthorized", keyInvalid)));
        cases.add(new Case("models with a key with a space", "GET", MODELS, null,
                List.of("Authorization", "Bearer sw_abc def"), 401, error("unauthorized", keyInvalid)));
        cases.add(new Case("models with an empty bearer", "GET", MODELS, null, List.of("Authorization", "Bearer "), 401,
                error("unauthorized", keyRequired)));
        cases.add(new Case("unknown native path", "GET", "/api/v1/sessionz", null, List.of(), 404,
                error("not_found", "No such endpoint")));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput_getsItsExactStatusAndBody(Case c) {
        HttpRequest.Builder request = server.request(c.path(), c.headers().toArray(String[]::new));
        request.method(c.method(), c.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body()));

        TestServer.Response response = server.send(request);

        assertEquals(c.status(), response.status(), c.name() + ": " + response.body());
        assertEquals(c.expected(), response.body(), c.name());
    }

    @Test
    void badInputs_issueRevokeAndUseNoKey() {
        cases().forEach(this::badInput_getsItsExactStatusAndBody);

        assertEquals(keysBefore, server.bean(ApiKeyRepository.class).active());
    }

    private static Case issue(String name, String body, List<String> headers, int status, String expected) {
        return new Case(name, "POST", KEYS, body, headers, status, expected);
    }

    private static String error(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}}";
    }
}
