package dev.slicewise.bootstrap;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Settings named the way users write them, end to end over HTTP with the real Elegoo presets (0.20mm Standard
 * selected): a number lands on the setting named next to it, in its unit, and a direction moves the setting itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplicitValuesOverHttpTest {

    private static final String CREDENTIALS = "\"elegoo_user_id\":\"vale\",\"access_token\":\"vale-token\"";

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of("slicewise.credits.mode", "unlimited"));
        server.register("vale", "vale-token", 3600);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void anOuterWallSpeedInSpanish_landsOnTheOuterWallSpeed_neverOnTheWallCount() {
        JsonNode message = say("es", "¿Me pones el perímetro exterior a 45 mm/s?");

        assertEquals(List.of("determine_slicing_settings"), actions(message));
        JsonNode process = message.get("slicing_profiles").get("print_process_overrides");
        assertEquals("45", process.get("outer_wall_speed").getStringValue());
        assertNull(process.get("wall_loops"), process.toString());
    }

    @Test
    void aWiderBrim_widensTheBrim() {
        JsonNode message = say("en", "the brim needs to be wider on this one");

        assertEquals(List.of("determine_slicing_settings"), actions(message));
        JsonNode process = message.get("slicing_profiles").get("print_process_overrides");
        assertEquals("8", process.get("brim_width").getStringValue(), "one step up from the preset's 5 mm");
    }

    private JsonNode say(String lang, String text) {
        JsonMapper json = server.bean(JsonMapper.class);
        try {
            String body = "{" + CREDENTIALS + ",\"messages\":[{\"role\":\"user\",\"content\":"
                    + json.writeValueAsString(text) + "}],\"slicing_profiles\":" + Fixtures.slicingProfiles()
                    + ",\"plates\":" + Fixtures.plates() + "}";
            TestServer.Response response = server.post(API + "chats/messages/?lang=" + lang, body);
            assertEquals(200, response.status(), response.body());
            return json.readValue(response.body(), JsonNode.class).get("message");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> actions(JsonNode message) {
        return StreamSupport.stream(message.get("agent_actions").values().spliterator(), false)
                .map(action -> action.get("name").getStringValue()).toList();
    }
}
