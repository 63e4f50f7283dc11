package dev.slicewise.bootstrap;

import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.service.SessionIds;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionTurn;
import dev.slicewise.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the sessions' HTTP tests share: keys made through the operator's endpoint, requests with a key, and turns kept
 * through the {@link SessionRepository} bean as the chat endpoint keeps them.
 */
final class NativeSessions {

    static final String V1 = "/api/v1";

    private final TestServer server;
    private final JsonMapper json;

    NativeSessions(TestServer server) {
        this.server = server;
        this.json = server.bean(JsonMapper.class);
    }

    /** A key that is not limited by the tests' pace; its secret and owner. */
    Key key(String name) {
        TestServer.Response issued = server.post(NativeKeysTest.KEYS,
                "{\"name\":\"" + name + "\",\"rate_limit_per_minute\":100000}", "Authorization", NativeKeysTest.OPERATOR);
        assertEquals(201, issued.status(), issued.body());
        JsonNode key = read(issued.body());
        return new Key(key.get("key").getStringValue(), new UserId(key.get("id").getStringValue()));
    }

    TestServer.Response call(Key key, String method, String path, String body) {
        return server.send(server.request(V1 + path, "Authorization", "Bearer " + key.secret()).method(method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    TestServer.Response get(Key key, String path) {
        return call(key, "GET", path, null);
    }

    /** A session made over HTTP: its JSON. */
    JsonNode create(Key key, String body) {
        TestServer.Response created = call(key, "POST", "/sessions", body);
        assertEquals(201, created.status(), created.body());
        return read(created.body());
    }

    /** Keeps a turn in the session as the chat endpoint does: the question, then the answer with its actions. */
    SessionTurn turn(Key key, String sessionId, String question, String answer, List<AgentAction> actions) {
        SessionRepository repository = server.bean(SessionRepository.class);
        SessionIds ids = server.bean(SessionIds.class);
        Session session = repository.find(key.owner(), new SessionId(sessionId)).orElseThrow().session();
        Instant at = server.bean(Clock.class).instant();
        SessionTurn turn = new SessionTurn(session.changedAt(at, Optional.empty()), false,
                new SessionMessage(ids.newMessageId(), session.id(), Role.USER, question, List.of(), Optional.empty(),
                        at),
                new SessionMessage(ids.newMessageId(), session.id(), Role.ASSISTANT, answer, actions, Optional.empty(),
                        at));
        assertTrue(repository.save(turn));
        return turn;
    }

    /** The node as JSON text, as the service writes it. */
    String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode read(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    record Key(String secret, UserId owner) {
    }
}
