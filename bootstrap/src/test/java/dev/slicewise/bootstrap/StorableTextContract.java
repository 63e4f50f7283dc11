package dev.slicewise.bootstrap;

import dev.slicewise.application.port.out.AccessTokenRepository;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.domain.chat.ChatPage;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A NUL character (U+0000) or an unpaired surrogate ({@code \ud800}) anywhere in a JSON string, a JSON field name or a
 * query parameter is refused with a 400 that names the field, on every endpoint, before it reaches the database:
 * PostgreSQL refused NUL with a 500 and stored unpaired surrogates as {@code ?}, so that different user ids became
 * one. Run on every supported database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StorableTextContract {

    private static final String PARTNER = "Token " + TestServer.PARTNER_TOKEN;
    private static final String ALICE = "\"elegoo_user_id\":\"alice\",\"access_token\":\"alice-token\"";
    private static final String HELLO = "\"messages\":[{\"role\":\"user\",\"content\":\"slice my model\"}]";
    private static final String NUL = "\\u0000";
    private static final String LONE = "\\ud800";

    private TestServer server;

    /** The datasource properties of a fresh database. */
    abstract Map<String, Object> database();

    @BeforeAll
    void start() {
        server = TestServer.start(database());
        server.register("alice", "alice-token", 3600);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    record Case(String name, String path, String body, List<String> headers, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        String token = API + "user_access_token/";
        String chats = API + "chats/";
        String messages = API + "chats/messages/";
        String plates = API + "plate_analysis/";
        List<String> partner = List.of("Authorization", PARTNER);
        return List.of(
                new Case("NUL in a user id to register", token,
                        "{\"elegoo_user_id\":\"dave" + NUL + "\",\"access_token\":\"t\",\"expire_in\":60}", partner,
                        nul("elegoo_user_id")),
                new Case("NUL in a token to register", token,
                        "{\"elegoo_user_id\":\"dave\",\"access_token\":\"" + NUL + "\",\"expire_in\":60}", partner,
                        nul("access_token")),
                new Case("NUL in the credentials of a new chat", chats,
                        "{\"elegoo_user_id\":\"alice" + NUL + "\",\"access_token\":\"alice-token\",\"messages\":\"[]\"}",
                        List.of(), nul("elegoo_user_id")),
                new Case("NUL in a chat's messages", chats, "{" + ALICE + ",\"messages\":\"[" + NUL + "]\"}", List.of(),
                        nul("messages")),
                new Case("unpaired surrogate in a chat's feedback text", chats,
                        "{" + ALICE + ",\"messages\":\"[]\",\"user_feedback_text\":\"ok " + LONE + "\"}", List.of(),
                        surrogate("user_feedback_text")),
                new Case("NUL in the JSON of a chat's messages", chats,
                        "{" + ALICE + ",\"messages\":[{\"role\":\"user\",\"content\":\"a" + NUL + "\"}]}", List.of(),
                        nul("messages[0].content")),
                new Case("NUL in a message", messages,
                        "{" + ALICE + ",\"messages\":[{\"role\":\"user\",\"content\":\"slice" + NUL + "\"}]}", List.of(),
                        nul("messages[0].content")),
                new Case("unpaired surrogate in a preset's setting", messages, "{" + ALICE + "," + HELLO
                        + ",\"slicing_profiles\":{\"print_process_presets\":[{\"name\":\"p\",\"config\":{\"layer_height\":\""
                        + LONE + "\"}}]}}", List.of(),
                        surrogate("slicing_profiles.print_process_presets[0].config.layer_height")),
                new Case("NUL in the user id of a message", messages,
                        "{\"elegoo_user_id\":\"" + NUL + "\",\"access_token\":\"t\"," + HELLO + "}", List.of(),
                        nul("elegoo_user_id")),
                new Case("NUL in a field name", messages, "{" + ALICE + "," + HELLO + ",\"x" + NUL + "\":1}", List.of(),
                        nul("x\uFFFD")),
                new Case("NUL in a model's name", plates, "{" + ALICE + ",\"images\":[],\"plates\":[{\"model_objects\":"
                        + "[{\"id\":\"1\",\"name\":\"cube" + NUL + ".stl\"}]}]}", List.of(),
                        nul("plates[0].model_objects[0].name")),
                new Case("NUL in the query string of a message", messages + "?lang=en%00", "{" + ALICE + "," + HELLO + "}",
                        List.of(), nul("lang")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void unstorableText_isRefusedWith400NamingTheField(Case c) {
        TestServer.Response response = server.post(c.path(), c.body(), c.headers().toArray(String[]::new));

        assertEquals(new TestServer.Response(400, c.expected()), response, c.name());
    }

    @Test
    void nulInTheQueryOfTheChatList_isRefusedWith400() {
        TestServer.Response response = server.get(API + "chats/?elegoo_user_id=alice%00&access_token=alice-token");

        assertEquals(new TestServer.Response(400, nul("elegoo_user_id")), response);
    }

    /** Stored as {@code ?} by PostgreSQL, these three were one account. */
    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udbff", "\\udc00"})
    void unpairedSurrogateInAUserId_isRefusedAndNothingIsRegistered(String surrogate) {
        TestServer.Response response = server.post(API + "user_access_token/",
                "{\"elegoo_user_id\":\"user" + surrogate + "\",\"access_token\":\"t\",\"expire_in\":60}",
                "Authorization", PARTNER);

        assertEquals(new TestServer.Response(400, surrogate("elegoo_user_id")), response);
        assertTrue(server.bean(AccessTokenRepository.class).find(new UserId("user?")).isEmpty());
    }

    @Test
    void pairedSurrogates_areStoredAndReadBackWhole() {
        String user = "\uD83E\uDDF5 thread";
        server.register(user, "thread-token", 3600);

        TestServer.Response created = server.post(API + "chats/", "{\"elegoo_user_id\":\"" + user
                + "\",\"access_token\":\"thread-token\",\"messages\":\"[\\\"\uD83E\uDDF5\\\"]\"}");

        assertEquals(201, created.status(), created.body());
        assertEquals("[\"\uD83E\uDDF5\"]", server.bean(ChatRepository.class)
                .findByOwner(new UserId(user), ChatPage.newest()).getFirst().details().messagesJson());
    }

    private static String nul(String field) {
        return "{\"error\":\"" + field + " contains a NUL character (U+0000), which is not allowed\"}";
    }

    private static String surrogate(String field) {
        return "{\"error\":\"" + field + " contains an unpaired surrogate (such as \\\\ud800), which is not valid Unicode\"}";
    }
}
