package dev.slicewise.bootstrap;

import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's walk-through, end to end over HTTP with the real wiring: register a token, create a chat, send
 * messages, read the replies; charged on the embedded ledger. Run on every supported database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PartnerApiFlowContract {

    private static final int GRANT = 3;

    private TestServer server;

    /** The datasource properties of a fresh database. */
    abstract Map<String, Object> database();

    @BeforeAll
    void start() {
        Map<String, Object> properties = new HashMap<>(database());
        properties.put("slicewise.credits.initial-grant", GRANT);
        server = TestServer.start(properties);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void registerToken_createsThenUpdates() {
        String body = "{\"elegoo_user_id\":\"erin\",\"access_token\":\"first\",\"expire_in\":3600}";
        String partner = "Token " + TestServer.PARTNER_TOKEN;

        TestServer.Response created = server.post(API + "user_access_token/", body, "Authorization", partner);
        TestServer.Response updated = server.post(API + "user_access_token", body.replace("first", "second"),
                "Authorization", partner);

        assertEquals(new TestServer.Response(201, "{\"code\":201,\"msg\":\"success\"}"), created);
        assertEquals(new TestServer.Response(200, "{\"code\":200,\"msg\":\"success\"}"), updated);
        assertEquals(401, server.post(API + "chats/", "{\"elegoo_user_id\":\"erin\",\"access_token\":\"first\",\"messages\":\"[]\"}").status(),
                "the replaced token no longer works");
        assertEquals(201, server.post(API + "chats/", "{\"elegoo_user_id\":\"erin\",\"access_token\":\"second\",\"messages\":\"[]\"}").status());
    }

    @Test
    void wholeFlow_answersChargesOncePerReplyAndRecordsEachTurn() {
        server.register("frank", "frank-token", 3600);
        String credentials = "\"elegoo_user_id\":\"frank\",\"access_token\":\"frank-token\"";

        TestServer.Response created = server.post(API + "chats/", "{" + credentials
                + ",\"messages\":\"[{\\\"role\\\":\\\"user\\\",\\\"content\\\":\\\"hi\\\"}]\",\"machine_name\":\"Elegoo Centauri Carbon 0.4 nozzle\"}");
        assertEquals(201, created.status(), created.body());
        JsonNode chat = json(created.body());
        long chatId = chat.get("id").getLongValue();
        assertEquals(chatId, chat.get("chat_id").getLongValue());
        assertEquals("Elegoo Centauri Carbon 0.4 nozzle", chat.get("machine_name").getStringValue());
        assertTrue(chat.get("user_feedback").isNull());

        TestServer.Response listed = server.get(API + "chats/?elegoo_user_id=frank&access_token=frank-token");
        assertEquals(200, listed.status());
        assertEquals(chatId, json(listed.body()).get(0).get("id").getLongValue());

        String turn = "{" + credentials + ",\"chat_id\":CHAT_ID,\"messages\":[{\"role\":\"assistant\",\"content\":null},"
                + "{\"role\":\"user\",\"content\":\"Please slice the model now\"}],\"current_workflow\":null,"
                + "\"slicing_profiles\":" + Fixtures.slicingProfiles() + ",\"plates\":" + Fixtures.plates() + "}";
        TestServer.Response first = server.post(API + "chats/messages/?lang=en", turn.replace("CHAT_ID", String.valueOf(chatId)));
        TestServer.Response second = server.post(API + "chats/messages", turn.replace("CHAT_ID", "\"" + chatId + "\""));

        for (TestServer.Response reply : List.of(first, second)) {
            assertEquals(200, reply.status(), reply.body());
            JsonNode message = json(reply.body()).get("message");
            assertEquals("assistant", message.get("role").getStringValue());
            assertFalse(message.get("content").getStringValue().isBlank());
            assertEquals("slice_model", message.get("agent_actions").get(0).get("name").getStringValue());
            JsonNode receipt = json(reply.body()).get("credit_resp");
            assertEquals(0, receipt.get("code").getIntValue());
            assertEquals(32, receipt.get("traceId").getStringValue().length());
        }
        UserId frank = new UserId("frank");
        assertEquals(Optional.of(new Credits(GRANT - 2)), server.bean(CreditAccountRepository.class).balance(frank));
        List<TurnRecord> turns = server.bean(TurnRecordRepository.class).findByUser(frank);
        assertEquals(2, turns.size());
        assertEquals(Intent.SLICE_MODEL, turns.getFirst().intent());
        assertEquals(List.of(ActionName.SLICE_MODEL), turns.getFirst().actions());
        assertEquals(chatId, turns.getFirst().chatId().orElseThrow().value());
    }

    @Test
    void emptyBalance_answers402WithTheReceipt_andChargesNothingMore() {
        server.register("gina", "gina-token", 3600);
        // Each turn is a different message: an identical body is a retry, answered from the stored reply (ADR 0005).
        IntFunction<String> turn = i -> "{\"elegoo_user_id\":\"gina\",\"access_token\":\"gina-token\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"arrange all models on plate " + i + "\"}]}";
        for (int i = 0; i < GRANT; i++) {
            assertEquals(200, server.post(API + "chats/messages/", turn.apply(i)).status());
        }

        TestServer.Response refused = server.post(API + "chats/messages/", turn.apply(GRANT));

        assertEquals(402, refused.status());
        JsonNode body = json(refused.body());
        assertEquals(402, body.get("code").getIntValue());
        assertEquals("Error in calling Elegoo credits API", body.get("error").getStringValue());
        assertEquals(402, body.get("credit_resp").get("code").getIntValue());
        assertEquals("insufficient credits", body.get("credit_resp").get("msg").getStringValue());
        UserId gina = new UserId("gina");
        assertEquals(Optional.of(Credits.NONE), server.bean(CreditAccountRepository.class).balance(gina));
        assertEquals(GRANT, server.bean(TurnRecordRepository.class).findByUser(gina).size());
    }

    @Test
    void usersSeeOnlyTheirOwnChats() {
        server.register("hank", "hank-token", 3600);
        server.register("ivy", "ivy-token", 3600);
        server.post(API + "chats/", "{\"elegoo_user_id\":\"hank\",\"access_token\":\"hank-token\",\"messages\":\"[]\"}");

        TestServer.Response ivys = server.get(API + "chats/?elegoo_user_id=ivy&access_token=ivy-token");

        assertEquals(new TestServer.Response(200, "[]"), ivys);
    }

    private JsonNode json(String body) {
        try {
            return server.bean(JsonMapper.class).readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(body, e);
        }
    }
}
