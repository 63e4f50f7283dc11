package dev.slicewise.bootstrap;

import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.chat.ChatPage;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bad input gets its exact status and body in the partner API's format, and none of them charges, records
 * or changes anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String PARTNER = "Token " + TestServer.PARTNER_TOKEN;
    private static final String ALICE = "\"elegoo_user_id\":\"alice\",\"access_token\":\"alice-token\"";
    private static final String HELLO = "\"messages\":[{\"role\":\"user\",\"content\":\"slice my model\"}]";
    private static final String SETTINGS_QUESTION =
            "\"messages\":[{\"role\":\"user\",\"content\":\"Recommend the best slicing settings to make this part stronger\"}]";
    private static final String ONE_MODEL =
            "\"plates\":[{\"model_objects\":[{\"id\":\"1\",\"name\":\"cube.stl\",\"extruder_id\":-1}]}]";
    private static final String PROCESS_PRESETS =
            "\"print_process_presets\":[{\"name\":\"0.20mm Standard\",\"is_selected\":true,\"config\":{\"layer_height\":\"0.2\"}}]";
    private static final String ONE_FILAMENT =
            "\"filament_presets\":[{\"name\":\"PLA\",\"is_selected\":true,\"config\":{\"filament_type\":[\"PLA\"]}}]";

    private TestServer server;
    private long bobsChat;
    private int bobsChatsBefore;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of("slicewise.credits.initial-grant", 5));
        server.register("alice", "alice-token", 86_400);
        server.register("bob", "bob-token", 86_400);
        server.register("carol", "carol-token", 60);
        server.bean(MutableClock.class).advance(Duration.ofMinutes(2));
        TestServer.Response chat = server.post(API + "chats/",
                "{\"elegoo_user_id\":\"bob\",\"access_token\":\"bob-token\",\"messages\":\"[]\"}");
        assertEquals(201, chat.status(), chat.body());
        bobsChat = server.bean(ChatRepository.class).findByOwner(new UserId("bob"), ChatPage.newest()).getFirst().id().value();
        bobsChatsBefore = server.bean(ChatRepository.class).findByOwner(new UserId("bob"), ChatPage.newest()).size();
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
        String token = API + "user_access_token/";
        String valid = "{\"elegoo_user_id\":\"dave\",\"access_token\":\"t\",\"expire_in\":60}";
        String partnerRefusal = "{\"error\":\"Invalid or Inactive Token\",\"is_authenticated\":\"False\"}";
        cases.add(post("no partner token", token, valid, List.of(), 401, partnerRefusal));
        cases.add(post("wrong partner token", token, valid, List.of("Authorization", "Token nope"), 401, partnerRefusal));
        cases.add(post("partner token in the wrong scheme", token, valid,
                List.of("Authorization", "Bearer " + TestServer.PARTNER_TOKEN), 401, partnerRefusal));
        cases.add(partner("expire_in missing", "{\"elegoo_user_id\":\"dave\",\"access_token\":\"t\"}",
                400, error("elegoo_user_id, access_token, and expire_in are required")));
        cases.add(partner("access_token blank", "{\"elegoo_user_id\":\"dave\",\"access_token\":\" \",\"expire_in\":60}",
                400, error("elegoo_user_id, access_token, and expire_in are required")));
        cases.add(partner("expire_in not a number", "{\"elegoo_user_id\":\"dave\",\"access_token\":\"t\",\"expire_in\":\"soon\"}",
                400, error("expire_in must be an integer number of seconds")));
        cases.add(partner("expire_in fractional", "{\"elegoo_user_id\":\"dave\",\"access_token\":\"t\",\"expire_in\":1.5}",
                400, error("expire_in must be an integer number of seconds")));
        cases.add(partner("expire_in zero", "{\"elegoo_user_id\":\"dave\",\"access_token\":\"t\",\"expire_in\":0}",
                400, error("expire_in must be > 0 seconds")));
        cases.add(partner("expire_in negative", "{\"elegoo_user_id\":\"dave\",\"access_token\":\"t\",\"expire_in\":-60}",
                400, error("expire_in must be > 0 seconds")));
        cases.add(partner("elegoo_user_id too long",
                "{\"elegoo_user_id\":\"" + "u".repeat(257) + "\",\"access_token\":\"t\",\"expire_in\":60}",
                400, error("elegoo_user_id must be at most 256 characters")));
        cases.add(partner("partner body not JSON", "{elegoo_user_id:", 400, error("The request body is not valid JSON")));

        String messages = API + "chats/messages/";
        cases.add(post("malformed JSON", messages, "{" + ALICE + ",\"messages\":[", List.of(), 400,
                error("The request body is not valid JSON")));
        cases.add(post("JSON array body", messages, "[]", List.of(), 400, error("The request body must be a JSON object")));
        cases.add(post("no credentials", messages, "{" + HELLO + "}", List.of(), 401,
                error("elegoo_user_id and access_token are required")));
        cases.add(post("access_token missing", messages, "{\"elegoo_user_id\":\"alice\"," + HELLO + "}", List.of(), 401,
                error("elegoo_user_id and access_token are required")));
        cases.add(post("wrong access_token", messages,
                "{\"elegoo_user_id\":\"alice\",\"access_token\":\"bob-token\"," + HELLO + "}", List.of(), 401,
                error("Invalid or expired access token")));
        cases.add(post("unregistered user", messages,
                "{\"elegoo_user_id\":\"mallory\",\"access_token\":\"alice-token\"," + HELLO + "}", List.of(), 401,
                error("Invalid or expired access token")));
        cases.add(post("expired access_token", messages,
                "{\"elegoo_user_id\":\"carol\",\"access_token\":\"carol-token\"," + HELLO + "}", List.of(), 401,
                error("Invalid or expired access token")));
        cases.add(post("wrong access_token in the query string", messages + "?elegoo_user_id=alice&access_token=x",
                "{" + HELLO + "}", List.of(), 401, error("Invalid or expired access token")));
        cases.add(turn("messages missing", "", error("Message is required")));
        cases.add(turn("messages empty", ",\"messages\":[]", error("Message is required")));
        cases.add(turn("messages not an array", ",\"messages\":\"hello\"", error("messages must be an array of messages")));
        cases.add(turn("message not an object", ",\"messages\":[\"hello\"]", error("messages[0] must be an object")));
        cases.add(turn("unknown role", ",\"messages\":[{\"role\":\"system\",\"content\":\"x\"}]",
                error("messages[0].role must be \\\"user\\\" or \\\"assistant\\\"")));
        cases.add(turn("role missing", ",\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"content\":\"b\"}]",
                error("messages[1].role must be \\\"user\\\" or \\\"assistant\\\"")));
        cases.add(turn("content a number", ",\"messages\":[{\"role\":\"user\",\"content\":5}]",
                error("messages[0].content must be a string")));
        cases.add(turn("unknown workflow", "," + HELLO + ",\"current_workflow\":\"cad_design\"",
                error("current_workflow must be null or \\\"print_troubleshooting\\\"")));
        cases.add(turn("workflow of the wrong type", "," + HELLO + ",\"current_workflow\":1",
                error("current_workflow must be null or \\\"print_troubleshooting\\\"")));
        cases.add(turn("someone else's chat_id", "," + HELLO + ",\"chat_id\":" + bobsChat,
                error("chat_id does not name a chat of this user")));
        cases.add(turn("unknown chat_id", "," + HELLO + ",\"chat_id\":\"987654\"",
                error("chat_id does not name a chat of this user")));
        cases.add(turn("chat_id that is no id", "," + HELLO + ",\"chat_id\":\"chat_session_123\"",
                error("chat_id does not name a chat of this user")));
        cases.add(turn("chat_id of the wrong type", "," + HELLO + ",\"chat_id\":true",
                error("chat_id must be a string or an integer")));
        cases.add(turn("slicing_profiles not an object", "," + HELLO + ",\"slicing_profiles\":\"PLA\"",
                error("slicing_profiles must be an object")));
        cases.add(turn("filament_presets not an array", "," + HELLO + ",\"slicing_profiles\":{\"filament_presets\":{}}",
                error("slicing_profiles.filament_presets must be an array")));
        cases.add(turn("config value an object", "," + HELLO
                        + ",\"slicing_profiles\":{\"print_process_presets\":[{\"name\":\"p\",\"config\":{\"layer_height\":{\"mm\":0.2}}}]}",
                error("slicing_profiles.print_process_presets[0].config.layer_height must be a string, a number, a boolean or an array of them")));
        cases.add(turn("plates not an array", "," + HELLO + ",\"plates\":{}", error("plates must be an array")));
        cases.add(turn("model object without a name", "," + HELLO + ",\"plates\":[{\"model_objects\":[{\"id\":\"1\"}]}]",
                error("plates[0].model_objects[0].name is required")));
        cases.add(turn("two selected filaments", "," + SETTINGS_QUESTION + ",\"slicing_profiles\":{\"filament_presets\":["
                        + "{\"name\":\"PLA\",\"is_selected\":true},{\"name\":\"PETG\",\"is_selected\":true}]," + PROCESS_PRESETS + "},"
                        + ONE_MODEL, 200,
                answer("Please select exactly one filament in the slicer: I can only recommend settings for a single-filament print for now.")));
        cases.add(turn("two extruders", "," + SETTINGS_QUESTION + ",\"slicing_profiles\":{" + ONE_FILAMENT + "," + PROCESS_PRESETS + "},"
                        + "\"plates\":[{\"model_objects\":[{\"id\":\"1\",\"name\":\"a.stl\",\"extruder_id\":1},"
                        + "{\"id\":\"2\",\"name\":\"b.stl\",\"extruder_id\":2}]}]", 200,
                answer("Your models use more than one extruder. For now I can only recommend settings when all models print with the same extruder.")));
        cases.add(turn("no plate", "," + SETTINGS_QUESTION + ",\"slicing_profiles\":{" + ONE_FILAMENT + "," + PROCESS_PRESETS + "}", 200,
                answer("Oops, you need to add at least one model to the plate before I can work on slicing settings.")));
        cases.add(turn("no slicing profiles", "," + SETTINGS_QUESTION + "," + ONE_MODEL, 200,
                answer("I need your slicing profiles to work on slicing settings. Please select a printer, a filament and a print process preset in the slicer and ask again.")));
        cases.add(post("error in the user's language", messages + "?lang=zh_cn", "{" + ALICE + "}", List.of(), 400,
                "{\"error\":\"消息是必需的\"}"));
        cases.add(post("body over the size limit", messages, "{" + ALICE + ",\"pad\":\"" + "x".repeat(8_400_000) + "\"}",
                List.of(), 400, error("The request body is larger than the limit of 8388608 bytes")));
        cases.add(new Case("chats without credentials", "GET", API + "chats/", null, List.of(), 401,
                error("elegoo_user_id and access_token are required")));
        cases.add(post("chat without messages", API + "chats/", "{" + ALICE + "}", List.of(), 400,
                "{\"messages\":[\"This field is required.\"]}"));
        cases.add(post("chat with blank messages", API + "chats/", "{" + ALICE + ",\"messages\":\"\"}", List.of(), 400,
                "{\"messages\":[\"This field may not be blank.\"]}"));
        cases.add(post("chat with two bad fields", API + "chats/",
                "{" + ALICE + ",\"messages\":7,\"user_feedback\":\"" + "+".repeat(17) + "\"}", List.of(), 400,
                "{\"messages\":[\"Not a valid string.\"],\"user_feedback\":[\"Ensure this field has no more than 16 characters.\"]}"));
        String chats = API + "chats/?elegoo_user_id=alice&access_token=alice-token";
        cases.add(new Case("page limit zero", "GET", chats + "&limit=0", null, List.of(), 400,
                error("limit must be an integer from 1 to 50")));
        cases.add(new Case("page limit over the most", "GET", chats + "&limit=51", null, List.of(), 400,
                error("limit must be an integer from 1 to 50")));
        cases.add(new Case("page limit not a number", "GET", chats + "&limit=all", null, List.of(), 400,
                error("limit must be an integer from 1 to 50")));
        cases.add(new Case("before_id not an id", "GET", chats + "&before_id=-3", null, List.of(), 400,
                error("before_id must be the id of a chat (a positive integer)")));
        cases.addAll(strangersFirst());
        cases.add(post("unknown endpoint", API + "chat/", "{}", List.of(), 404, error("No such endpoint")));
        cases.add(new Case("wrong method", "GET", API + "chats/messages/", null, List.of(), 405,
                error("This endpoint does not accept the GET method")));
        return cases;
    }

    /**
     * The partner API authenticates before it judges any field, as the reference server does: a stranger's request
     * with bad fields gets the 401 of its credentials, never the field error that would teach the form of the API. A
     * body that is not JSON is still a 400 first (the credentials may be in it).
     */
    private static List<Case> strangersFirst() {
        String wrong = "\"elegoo_user_id\":\"alice\",\"access_token\":\"bob-token\"";
        String unknown = "\"elegoo_user_id\":\"mallory\",\"access_token\":\"t\"";
        String invalid = error("Invalid or expired access token");
        String chats = API + "chats/";
        String messages = API + "chats/messages/";
        String plates = API + "plate_analysis/";
        return List.of(
                new Case("stranger: page limit not a number", "GET",
                        chats + "?elegoo_user_id=alice&access_token=bob-token&limit=all", null, List.of(), 401, invalid),
                post("stranger: chat without messages", chats, "{" + wrong + "}", List.of(), 401, invalid),
                post("stranger: chat with two bad fields", chats,
                        "{" + unknown + ",\"messages\":7,\"user_feedback\":\"" + "+".repeat(17) + "\"}", List.of(), 401,
                        invalid),
                post("stranger: messages not an array", messages, "{" + wrong + ",\"messages\":\"hello\"}", List.of(),
                        401, invalid),
                post("stranger: chat_id of the wrong type", messages, "{" + unknown + "," + HELLO + ",\"chat_id\":true}",
                        List.of(), 401, invalid),
                post("stranger: unknown workflow", messages,
                        "{" + wrong + "," + HELLO + ",\"current_workflow\":\"cad_design\"}", List.of(), 401, invalid),
                post("stranger: Idempotency-Key too long", messages, "{" + wrong + "," + HELLO + "}",
                        List.of("Idempotency-Key", "k".repeat(256)), 401, invalid),
                post("stranger: plate images not an array", plates, "{" + wrong + ",\"images\":\"x\"," + ONE_MODEL + "}",
                        List.of(), 401, invalid),
                post("stranger: plate model without a name", plates,
                        "{" + unknown + ",\"images\":[],\"plates\":[{\"model_objects\":[{\"id\":\"1\"}]}]}", List.of(),
                        401, invalid),
                post("stranger in the query string: messages missing", messages + "?elegoo_user_id=alice&access_token=x",
                        "{}", List.of(), 401, invalid),
                post("wrong partner token and a body that is not JSON", API + "user_access_token/", "{elegoo_user_id:",
                        List.of("Authorization", "Token nope"), 401,
                        "{\"error\":\"Invalid or Inactive Token\",\"is_authenticated\":\"False\"}"),
                post("stranger's body that is not JSON", messages + "?elegoo_user_id=alice&access_token=x", "{" + HELLO,
                        List.of(), 400, error("The request body is not valid JSON")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput_getsItsExactStatusAndBody(Case c) {
        HttpRequest.Builder request = server.request(c.path(), c.headers().toArray(String[]::new));
        if (c.method().equals("GET")) {
            request.GET();
        } else {
            request.POST(HttpRequest.BodyPublishers.ofString(c.body()));
        }

        TestServer.Response response = server.send(request);

        assertEquals(c.status(), response.status(), c.name() + ": " + response.body());
        assertEquals(c.expected(), response.body(), c.name());
    }

    @Test
    void badInputs_chargeRecordAndChangeNothing() {
        cases().forEach(this::badInput_getsItsExactStatusAndBody);

        for (String user : List.of("alice", "bob", "carol", "dave", "mallory")) {
            UserId id = new UserId(user);
            assertEquals(Optional.empty(), server.bean(CreditAccountRepository.class).balance(id), user);
            assertTrue(server.bean(TurnRecordRepository.class).findByUser(id).isEmpty(), user);
        }
        assertTrue(server.bean(ChatRepository.class).findByOwner(new UserId("alice"), ChatPage.newest()).isEmpty());
        assertEquals(bobsChatsBefore, server.bean(ChatRepository.class).findByOwner(new UserId("bob"), ChatPage.newest()).size());
        assertEquals(401, server.post(API + "chats/messages/",
                "{\"elegoo_user_id\":\"dave\",\"access_token\":\"t\"," + HELLO + "}").status(), "dave was never registered");
    }

    private static Case post(String name, String path, String body, List<String> headers, int status, String expected) {
        return new Case(name, "POST", path, body, headers, status, expected);
    }

    private static Case partner(String name, String body, int status, String expected) {
        return post(name, API + "user_access_token/", body, List.of("Authorization", PARTNER), status, expected);
    }

    private static Case turn(String name, String fields, String expected) {
        return turn(name, fields, 400, expected);
    }

    private static Case turn(String name, String fields, int status, String expected) {
        return post(name, API + "chats/messages/", "{" + ALICE + fields + "}", List.of(), status, expected);
    }

    private static String error(String message) {
        return "{\"error\":\"" + message + "\"}";
    }

    private static String answer(String content) {
        return "{\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"},\"credit_resp\":null}";
    }
}
