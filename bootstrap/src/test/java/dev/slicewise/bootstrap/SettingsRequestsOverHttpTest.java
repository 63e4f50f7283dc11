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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings requests end to end over HTTP with the real Elegoo presets: the most common first question, which names
 * no goal, and a material named as the reason for the request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsRequestsOverHttpTest {

    private static final String CREDENTIALS = "\"elegoo_user_id\":\"sam\",\"access_token\":\"sam-token\"";
    private static final String BRACKET_PLATE = "[{\"name\":\"\",\"index\":0,\"model_objects\":[{\"extruder_id\":-1,"
            + "\"id\":\"7\",\"name\":\"Wall_Bracket_v2.stl\"}]}]";

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of("slicewise.credits.mode", "unlimited"));
        server.register("sam", "sam-token", 3600);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void whichSettingsForThisModel_getsARecommendationForTheBracket_andTheGoalsToRefineIt() {
        JsonNode reply = say("which settings should I use for this model?", BRACKET_PLATE);
        assertEquals(List.of("determine_slicing_settings", "ask_user_to_choose_from_options"), actions(reply),
                reply.toString());
        assertEquals("0.20mm Strength @Elegoo CC 0.4 nozzle",
                reply.get("slicing_profiles").get("use_print_process_preset").getStringValue(), reply.toString());
        assertTrue(reply.get("content").getStringValue().startsWith("Going by the model “Wall_Bracket_v2.stl”"),
                reply.toString());
    }

    @Test
    void tuneEverythingForPetg_selectsTheUsersPetgPreset() {
        JsonNode reply = say("tune everything for the PETG I'm going to print", Fixtures.plates());
        assertTrue(actions(reply).contains("change_filament"), reply.toString());
        assertTrue(reply.get("content").getStringValue()
                .contains("Select your filament preset “Elegoo PETG PRO @ECC”: it is made for PETG"), reply.toString());
    }

    private JsonNode say(String text, String plates) {
        JsonMapper json = server.bean(JsonMapper.class);
        try {
            String body = "{" + CREDENTIALS + ",\"messages\":[{\"role\":\"user\",\"content\":"
                    + json.writeValueAsString(text) + "}],\"slicing_profiles\":" + Fixtures.slicingProfiles()
                    + ",\"plates\":" + plates + "}";
            TestServer.Response response = server.post(API + "chats/messages/?lang=en", body);
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
