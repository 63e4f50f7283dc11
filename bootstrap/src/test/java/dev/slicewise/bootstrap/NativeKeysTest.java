package dev.slicewise.bootstrap;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The native API's keys over HTTP, on H2 as the jar runs: the operator issues, lists and revokes keys with a partner
 * token; a key is admitted with its rate limit and its headers; a revoked key gets 401; errors have the native shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NativeKeysTest {

    static final String OPERATOR = "Token " + TestServer.PARTNER_TOKEN;
    static final String KEYS = "/api/v1/api_keys";

    private TestServer server;
    private JsonMapper json;

    @BeforeAll
    void start() {
        server = TestServer.start(TestServer.h2("native-keys"));
        json = server.bean(JsonMapper.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void issue_answersTheSecretOnce_andTheListShowsTheKeyWithoutIt() {
        TestServer.Response issued = server.post(KEYS, "{\"name\":\"workshop-app\",\"rate_limit_per_minute\":120}",
                "Authorization", OPERATOR);

        assertEquals(201, issued.status(), issued.body());
        JsonNode key = read(issued.body());
        assertTrue(key.get("id").getStringValue().matches("key_[0-9a-f]{32}"), issued.body());
        assertTrue(key.get("key").getStringValue().matches("sw_[A-Za-z0-9_-]{43}"), issued.body());
        assertEquals("workshop-app", key.get("name").getStringValue());
        assertEquals(120, key.get("rate_limit_per_minute").getIntValue());
        assertTrue(key.get("created_at").getStringValue().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));

        TestServer.Response list = server.get(KEYS, "Authorization", OPERATOR);
        assertEquals(200, list.status(), list.body());
        JsonNode listed = entry(read(list.body()), key.get("id").getStringValue());
        assertEquals("workshop-app", listed.get("name").getStringValue());
        assertEquals(120, listed.get("rate_limit_per_minute").getIntValue());
        assertEquals(key.get("created_at"), listed.get("created_at"));
        assertTrue(listed.get("last_used_at").isNull());
        assertFalse(list.body().contains(key.get("key").getStringValue()), "the list shows no secret");
        assertFalse(list.body().contains("\"key\""), list.body());
    }

    @Test
    void aKeyWithoutItsOwnLimit_getsTheDefault_andItsUseIsNoted() {
        JsonNode key = issue("{\"name\":\"script\"}");
        assertEquals(60, key.get("rate_limit_per_minute").getIntValue());

        HttpResponse<String> models = models(key.get("key").getStringValue());

        assertEquals(200, models.statusCode(), models.body());
        assertEquals("60", models.headers().firstValue("X-RateLimit-Limit").orElseThrow());
        assertEquals("59", models.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        long reset = Long.parseLong(models.headers().firstValue("X-RateLimit-Reset").orElseThrow());
        assertTrue(reset >= 1 && reset <= 60, "reset " + reset);
        JsonNode listed = entry(read(server.get(KEYS, "Authorization", OPERATOR).body()), key.get("id").getStringValue());
        assertTrue(listed.get("last_used_at").isString(), listed.toString());
    }

    @Test
    void models_inEmbeddedMode_isTheEmbeddedEngineAlone() {
        HttpResponse<String> models = models(issue("{\"name\":\"models\"}").get("key").getStringValue());

        assertEquals("{\"data\":[{\"id\":\"embedded\",\"kind\":\"chat\",\"default\":true}]}", models.body());
    }

    @Test
    void revokedKey_isRefusedWith401_andLeavesTheList() {
        JsonNode key = issue("{\"name\":\"to-revoke\"}");
        String secret = key.get("key").getStringValue();
        assertEquals(200, models(secret).statusCode());

        HttpResponse<String> revoked = server.exchange(server.request(KEYS + "/" + key.get("id").getStringValue(),
                "Authorization", OPERATOR).DELETE());

        assertEquals(204, revoked.statusCode(), revoked.body());
        assertEquals("", revoked.body());
        HttpResponse<String> after = models(secret);
        assertEquals(401, after.statusCode());
        assertEquals("{\"error\":{\"code\":\"unauthorized\",\"message\":\"The API key is not valid.\"}}", after.body());
        assertTrue(after.headers().firstValue("X-RateLimit-Limit").isEmpty(), "no limit is told to a stranger");
        assertFalse(server.get(KEYS, "Authorization", OPERATOR).body().contains(key.get("id").getStringValue()));
        HttpResponse<String> again = server.exchange(server.request(KEYS + "/" + key.get("id").getStringValue(),
                "Authorization", OPERATOR).DELETE());
        assertEquals(404, again.statusCode());
    }

    @Test
    void overTheLimit_is429WithRetryAfter_untilTheNextMinute() {
        String secret = issue("{\"name\":\"limited\",\"rate_limit_per_minute\":2}").get("key").getStringValue();
        assertEquals(200, models(secret).statusCode());
        HttpResponse<String> last = models(secret);
        assertEquals(200, last.statusCode());
        assertEquals("0", last.headers().firstValue("X-RateLimit-Remaining").orElseThrow());

        HttpResponse<String> limited = models(secret);

        assertEquals(429, limited.statusCode());
        assertTrue(limited.body().startsWith("{\"error\":{\"code\":\"rate_limited\",\"message\":\"This key made its 2 "
                + "requests of this minute; try again in "), limited.body());
        assertEquals("2", limited.headers().firstValue("X-RateLimit-Limit").orElseThrow());
        assertEquals("0", limited.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        String reset = limited.headers().firstValue("X-RateLimit-Reset").orElseThrow();
        assertEquals(reset, limited.headers().firstValue("Retry-After").orElseThrow());

        server.bean(MutableClock.class).advance(Duration.ofSeconds(Long.parseLong(reset)));
        assertEquals(200, models(secret).statusCode());
    }

    @Test
    void aKeyCannotManageKeys_noTokenCanBeUsedAsTheOther() {
        JsonNode key = issue("{\"name\":\"not-an-operator\"}");
        String secret = key.get("key").getStringValue();

        HttpResponse<String> list = server.exchange(server.request(KEYS, "Authorization", "Bearer " + secret).GET());
        HttpResponse<String> revoke = server.exchange(server.request(KEYS + "/" + key.get("id").getStringValue(),
                "Authorization", "Bearer " + secret).DELETE());
        HttpResponse<String> asToken = server.exchange(server.request(KEYS, "Authorization", "Token " + secret).GET());
        HttpResponse<String> operatorAsKey = server.exchange(server.request("/api/v1/models",
                "Authorization", "Bearer " + TestServer.PARTNER_TOKEN).GET());

        assertEquals(List.of(401, 401, 401, 401), List.of(list.statusCode(), revoke.statusCode(),
                asToken.statusCode(), operatorAsKey.statusCode()));
        assertEquals(200, models(secret).statusCode(), "the key is still there");
    }

    @Test
    void frameworkErrorsUnderTheNativePath_haveTheNativeShape_andThePartnersKeepTheirs() {
        TestServer.Response unknown = server.get("/api/v1/nothing-here");
        HttpResponse<String> wrongMethod = server.exchange(server.request("/api/v1/models")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
        TestServer.Response partnerUnknown = server.get(TestServer.API + "nothing-here/");

        assertEquals(404, unknown.status());
        assertEquals("{\"error\":{\"code\":\"not_found\",\"message\":\"No such endpoint\"}}", unknown.body());
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("{\"error\":{\"code\":\"method_not_allowed\",\"message\":\"This endpoint does not accept the PUT "
                + "method\"}}", wrongMethod.body());
        assertEquals("{\"error\":\"No such endpoint\"}", partnerUnknown.body());
    }

    private JsonNode issue(String body) {
        TestServer.Response issued = server.post(KEYS, body, "Authorization", OPERATOR);
        assertEquals(201, issued.status(), issued.body());
        return read(issued.body());
    }

    private HttpResponse<String> models(String secret) {
        return server.exchange(server.request("/api/v1/models", "Authorization", "Bearer " + secret).GET());
    }

    private static JsonNode entry(JsonNode list, String id) {
        for (JsonNode key : list.get("data").values()) {
            if (key.get("id").getStringValue().equals(id)) {
                return key;
            }
        }
        throw new AssertionError(id + " is not in " + list);
    }

    private JsonNode read(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }
}
