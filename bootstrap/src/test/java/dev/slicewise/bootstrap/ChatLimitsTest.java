package dev.slicewise.bootstrap;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Chats are bounded: one chat's size ({@code SLICEWISE_CHAT_MAX_BYTES}), the number of chats of one user
 * ({@code SLICEWISE_CHATS_PER_USER}), and {@code GET chats/} answers a page at a time, the newest by default, older
 * ones with {@code before_id}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatLimitsTest {

    private static final int MAX_BYTES = 300;
    private static final int MAX_CHATS = 30;

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of("slicewise.chats.max-bytes", MAX_BYTES,
                "slicewise.chats.max-per-user", MAX_CHATS));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void givenAChatLargerThanTheLimit_create_answers400InTheReferenceShape_andKeepsNothing() {
        server.register("large", "t", 3600);
        String messages = "[\\\"" + "x".repeat(MAX_BYTES) + "\\\"]";

        TestServer.Response response = create("large", "\"messages\":\"" + messages + "\"");

        assertEquals(new TestServer.Response(400, "{\"non_field_errors\":[\"Ensure this chat has no more than "
                + MAX_BYTES + " bytes in all its fields.\"]}"), response);
        assertEquals("[]", list("large", "").body());
    }

    @Test
    void givenAChatOfExactlyTheLimitInAllItsFields_create_answers201() {
        server.register("exact", "t", 3600);
        String feedback = "é".repeat((MAX_BYTES - "[]".length() - "CC".length()) / 2);

        TestServer.Response response = create("exact", "\"messages\":\"[]\",\"machine_name\":\"CC\","
                + "\"user_feedback_text\":\"" + feedback + "\"");

        assertEquals(201, response.status(), response.body());
    }

    @Test
    void givenAUserWithAsManyChatsAsTheLimit_create_answers409_andOtherUsersStillCan() {
        server.register("busy", "t", 3600);
        server.register("calm", "t", 3600);
        for (int i = 0; i < MAX_CHATS; i++) {
            assertEquals(201, create("busy", "\"messages\":\"[]\"").status());
        }

        TestServer.Response refused = create("busy", "\"messages\":\"[]\"");

        assertEquals(new TestServer.Response(409,
                "{\"error\":\"You already have " + MAX_CHATS + " chats, the most one user can keep\"}"), refused);
        assertEquals(201, create("calm", "\"messages\":\"[]\"").status());
    }

    @Test
    void givenMoreChatsThanAPage_list_answersTheNewest20_andBeforeIdWalksTheOlderOnesOnce() {
        server.register("pager", "t", 3600);
        List<Long> created = IntStream.range(0, 25)
                .mapToObj(i -> id(json(create("pager", "\"messages\":\"[]\"").body())))
                .toList();
        List<Long> newestFirst = new ArrayList<>(created).reversed();

        JsonNode first = json(list("pager", "").body());
        assertEquals(newestFirst.subList(0, 20), ids(first));

        List<Long> walked = new ArrayList<>();
        String query = "&limit=7";
        List<Long> page = ids(json(list("pager", query).body()));
        while (!page.isEmpty()) {
            walked.addAll(page);
            page = ids(json(list("pager", query + "&before_id=" + page.getLast()).body()));
        }
        assertEquals(newestFirst, walked);
    }

    private TestServer.Response create(String user, String fields) {
        return server.post(API + "chats/", "{\"elegoo_user_id\":\"" + user + "\",\"access_token\":\"t\"," + fields + "}");
    }

    private TestServer.Response list(String user, String query) {
        return server.get(API + "chats/?elegoo_user_id=" + user + "&access_token=t" + query);
    }

    private static List<Long> ids(JsonNode chats) {
        List<Long> ids = new ArrayList<>();
        chats.values().forEach(chat -> ids.add(id(chat)));
        return ids;
    }

    private static long id(JsonNode chat) {
        return chat.get("id").getLongValue();
    }

    private static JsonNode json(String body) {
        try {
            return JsonMapper.createDefault().readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
