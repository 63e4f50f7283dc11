package dev.slicewise.bootstrap;

import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.service.SessionIds;
import dev.slicewise.bootstrap.NativeSessions.Key;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionTurn;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/messages/{id}/model.stl}: a message's OpenSCAD code rendered by the real OpenSCAD (the binary the
 * root pom names, as {@code SLICEWISE_OPENSCAD} would), the answers when there is nothing to render, and the export
 * off without the setting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartStlTest {

    private static final String CUBE = "// a 10 mm cube\nsize = 10; // mm\nmodule body() { cube(size); }\nbody();\n";

    private final HttpClient http = HttpClient.newHttpClient();
    private TestServer server;
    private NativeSessions api;
    private Key key;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of());
        api = new NativeSessions(server);
        key = api.key("stl");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** An answer kept with the code given, as a design turn keeps it: its id. */
    private String answerWith(Optional<PartCode> code) {
        String sessionId = api.create(key, "{\"title\":\"part\"}").get("id").getStringValue();
        SessionRepository repository = server.bean(SessionRepository.class);
        SessionIds ids = server.bean(SessionIds.class);
        Session session = repository.find(key.owner(), new SessionId(sessionId)).orElseThrow().session();
        Instant at = server.bean(Clock.class).instant();
        SessionMessage answer = new SessionMessage(ids.newMessageId(), session.id(), Role.ASSISTANT, "A part.",
                List.of(), code, Optional.empty(), at);
        assertTrue(repository.save(new SessionTurn(session.changedAt(at, Optional.empty()), false,
                new SessionMessage(ids.newMessageId(), session.id(), Role.USER, "a part", List.of(), Optional.empty(),
                        at), answer)));
        return answer.id().value();
    }

    private HttpResponse<byte[]> stl(TestServer on, String secret, String messageId) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + on.port() + NativeSessions.V1
                            + "/messages/" + messageId + "/model.stl")).header("Authorization", "Bearer " + secret)
                    .header("Accept", "model/stl").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode error(HttpResponse<byte[]> response, int status) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(status, response.statusCode(), body);
        return api.read(body).get("error");
    }

    @Test
    void openScadCode_isRenderedToBinaryStl_asAnAttachment() {
        String id = answerWith(Optional.of(new PartCode(CodeLanguage.OPENSCAD, CUBE)));

        HttpResponse<byte[]> response = stl(server, key.secret(), id);

        assertEquals(200, response.statusCode());
        assertEquals(Optional.of("model/stl"), response.headers().firstValue("Content-Type"));
        assertEquals(Optional.of("attachment; filename=\"" + id + ".stl\""),
                response.headers().firstValue("Content-Disposition"));
        byte[] stl = response.body();
        assertEquals(12, ByteBuffer.wrap(stl, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        assertEquals(84 + 12 * 50, stl.length);
    }

    @Test
    void aMessageOfAnotherKey_isNotFound_asAnUnknownOne() {
        String id = answerWith(Optional.of(new PartCode(CodeLanguage.OPENSCAD, CUBE)));
        Key other = api.key("stl-other");

        JsonNode error = error(stl(server, other.secret(), id), 404);

        assertEquals("not_found", error.get("code").getStringValue());
        assertEquals("No message has the id '" + id + "'.", error.get("message").getStringValue());
        assertEquals(404, stl(server, key.secret(), "msg_nope").statusCode());
    }

    @Test
    void aMessageWithoutCode_isNotFound_sayingSo() {
        String id = answerWith(Optional.empty());

        JsonNode error = error(stl(server, key.secret(), id), 404);

        assertEquals("The message '" + id + "' carries no part code: only an answer that designed a part has an STL.",
                error.get("message").getStringValue());
    }

    @Test
    void aPartDesignedInTheChatAsJscad_isRenderedFromItsPart_toTheAskedSize() {
        TestServer.Response answer = api.call(key, "POST", "/chat",
                "{\"message\":\"Design a box 50 x 30 x 20 mm without a lid\"}");
        assertEquals(200, answer.status(), answer.body());
        JsonNode designed = api.read(answer.body());
        assertEquals("jscad", designed.get("code_language").getStringValue(), answer.body());

        HttpResponse<byte[]> response = stl(server, key.secret(), designed.get("id").getStringValue());

        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        ByteBuffer stl = ByteBuffer.wrap(response.body()).order(ByteOrder.LITTLE_ENDIAN);
        int triangles = stl.getInt(80);
        float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int triangle = 0; triangle < triangles; triangle++) {
            for (int vertex = 0; vertex < 3; vertex++) {
                for (int axis = 0; axis < 3; axis++) {
                    float value = stl.getFloat(84 + triangle * 50 + 12 + vertex * 12 + axis * 4);
                    min[axis] = Math.min(min[axis], value);
                    max[axis] = Math.max(max[axis], value);
                }
            }
        }
        assertEquals(50, max[0] - min[0], 0.25);
        assertEquals(30, max[1] - min[1], 0.15);
        assertEquals(20, max[2] - min[2], 0.1);
    }

    @Test
    void jscadCodeAModelWrote_isNotFound_sayingTheCodeIsJscad() {
        String id = answerWith(Optional.of(new PartCode(CodeLanguage.JSCAD,
                "function main() { return CSG.cube(); }\n")));

        JsonNode error = error(stl(server, key.secret(), id), 404);

        assertTrue(error.get("message").getStringValue().contains("carries JSCAD code that a model wrote"),
                error.toString());
    }

    @Test
    void refusedOrFailingCode_isUnprocessable_withTheReason() {
        String refused = answerWith(Optional.of(new PartCode(CodeLanguage.OPENSCAD, "import(\"/etc/passwd\");\n")));
        String failing = answerWith(Optional.of(new PartCode(CodeLanguage.OPENSCAD, "cube(10\n")));

        JsonNode refusal = error(stl(server, key.secret(), refused), 422);
        JsonNode failure = error(stl(server, key.secret(), failing), 422);

        assertEquals("part_not_renderable", refusal.get("code").getStringValue());
        assertTrue(refusal.get("message").getStringValue().contains("may not use 'import'"), refusal.toString());
        assertEquals("part_not_renderable", failure.get("code").getStringValue());
        assertTrue(failure.get("message").getStringValue().contains("syntax error"), failure.toString());
    }

    @Test
    void withoutOpenScad_theExportIsOff_sayingHowToTurnItOn() {
        try (TestServer off = TestServer.inMemory(Map.of("slicewise.openscad", ""))) {
            Key offKey = new NativeSessions(off).key("stl-off");

            JsonNode error = error(stl(off, offKey.secret(), "msg_b71fe112f3d1eb32723fc6341d0c3513"), 404);

            assertEquals("not_found", error.get("code").getStringValue());
            String message = error.get("message").getStringValue();
            assertTrue(message.startsWith("The STL export is off") && message.contains("SLICEWISE_OPENSCAD")
                    && message.contains("apt-get install -y openscad"), message);
        }
    }

    @Test
    void withoutAKey_isUnauthorized() {
        assertEquals(401, stl(server, "nope", "msg_b71fe112f3d1eb32723fc6341d0c3513").statusCode());
    }
}
