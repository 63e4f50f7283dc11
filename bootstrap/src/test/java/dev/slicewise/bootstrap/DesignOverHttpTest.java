package dev.slicewise.bootstrap;

import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.LengthUnit;
import dev.slicewise.domain.cad.Part;
import dev.slicewise.domain.cad.PartCodeCheck;
import dev.slicewise.domain.cad.PartDesign;
import dev.slicewise.domain.cad.PartFamily;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parts designed through {@code POST /api/v1/chat} on H2, as a client meets it: every family, in both code languages,
 * answers {@code generate_model} with code that runs on the real engine (JSCAD under Node with {@code @jscad/csg},
 * OpenSCAD) and builds a closed solid of the asked size within 0.5% ({@link PartCodeCheck}, the domain's harness);
 * a session changes its last part ("make the teeth longer", "now in inches", "in OpenSCAD"), and the code is kept in
 * the history across a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DesignOverHttpTest {

    private static final double INCH = 25.4;

    /** A request per family, the unit and the values (millimetres) the part must have. */
    private static final Map<PartFamily, Asked> ASKED = Map.ofEntries(
            entry(PartFamily.BOX, new Asked("design a box 80 x 60 x 40 mm with a lid", LengthUnit.MM,
                    Map.of("width", 80.0, "depth", 60.0, "height", 40.0, "lid", 1.0))),
            entry(PartFamily.CYLINDER, new Asked("model a cylinder 3 inch tall, 1.5 inch diameter", LengthUnit.INCH,
                    Map.of("height", 3 * INCH, "diameter", 1.5 * INCH))),
            entry(PartFamily.TUBE, new Asked("design a tube, outer diameter 16 mm, inner diameter 12 mm, 40 mm long",
                    LengthUnit.MM, Map.of("outer_diameter", 16.0, "inner_diameter", 12.0, "height", 40.0))),
            entry(PartFamily.WASHER, new Asked("make me a washer with diameter 24 mm and 2 mm thick", LengthUnit.MM,
                    Map.of("outer_diameter", 24.0, "thickness", 2.0))),
            entry(PartFamily.SPUR_GEAR, new Asked("Create a gear with 20 teeth and 40mm diameter", LengthUnit.MM,
                    Map.of("teeth", 20.0, Part.OUTSIDE_DIAMETER, 40.0))),
            entry(PartFamily.HOLE_PLATE, new Asked("design a mounting plate 120x80 mm, 4 mm thick, 4x2 M3 holes",
                    LengthUnit.MM, Map.of("width", 120.0, "depth", 80.0, "thickness", 4.0, "columns", 4.0,
                            "rows", 2.0, "hole_diameter", 3.4))),
            entry(PartFamily.L_BRACKET, new Asked("design an L-bracket 40mm wide with M4 holes", LengthUnit.MM,
                    Map.of("width", 40.0, "hole_diameter", 4.5))),
            entry(PartFamily.HOOK, new Asked("design a wall hook 8 cm tall", LengthUnit.CM, Map.of("height", 80.0))),
            entry(PartFamily.KNOB, new Asked("design a knob 35 mm diameter, 18 mm high", LengthUnit.MM,
                    Map.of("diameter", 35.0, "height", 18.0))),
            entry(PartFamily.CABLE_CLIP, new Asked("design a cable clip for a 6mm cable", LengthUnit.MM,
                    Map.of("cable_diameter", 6.0))),
            entry(PartFamily.PHONE_STAND, new Asked("design a phone stand at 70° , 9 cm tall", LengthUnit.CM,
                    Map.of("angle", 70.0, "height", 90.0))),
            entry(PartFamily.HEX_SPACER, new Asked("design a hex spacer 20 mm long", LengthUnit.MM,
                    Map.of("height", 20.0))));

    private record Asked(String message, LengthUnit unit, Map<String, Double> values) {
        Part part(PartFamily family) {
            PartDesign design = Part.design(family, unit, values);
            if (!(design instanceof PartDesign.Designed designed)) {
                throw new IllegalStateException(family + ": " + design);
            }
            return designed.part();
        }
    }

    private static final String H2 = "design-over-http";

    private TestServer server;
    private NativeSessions sessions;
    private NativeSessions.Key key;

    @BeforeAll
    void startServer() {
        server = start();
        sessions = new NativeSessions(server);
        key = sessions.key("design");
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    private static TestServer start() {
        Map<String, Object> properties = new HashMap<>(TestServer.h2(H2));
        properties.put("slicewise.credits.initial-grant", 1000);
        return TestServer.start(properties);
    }

    static Stream<Arguments> families() {
        List<Arguments> cases = new ArrayList<>();
        for (PartFamily family : PartFamily.values()) {
            for (CodeLanguage language : CodeLanguage.values()) {
                cases.add(Arguments.of(family, language));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("families")
    void everyFamily_isDesigned_andItsCodeBuildsTheAskedPart(PartFamily family, CodeLanguage language)
            throws Exception {
        Asked asked = ASKED.get(family);

        JsonNode answer = chat("{\"message\":\"" + asked.message() + "\",\"code_language\":\""
                + language.wireName() + "\"}");

        assertEquals("generate_model", answer.get("intent").getStringValue(), sessions.write(answer));
        assertEquals(language.wireName(), answer.get("code_language").getStringValue(), sessions.write(answer));
        PartCodeCheck.buildsThePart(language, answer.get("code").getStringValue(), asked.part(family));
    }

    @Test
    void everyFamily_hasARequest() {
        assertEquals(EnumSet.allOf(PartFamily.class), Set.copyOf(ASKED.keySet()));
    }

    @Test
    void aSession_changesItsLastPart_andKeepsTheCodeInItsHistory_acrossARestart() throws Exception {
        JsonNode gear = chat("{\"message\":\"Create a gear with 20 teeth and 40mm diameter\"}");
        String session = gear.get("session_id").getStringValue();
        assertEquals("jscad", gear.get("code_language").getStringValue());

        JsonNode longer = chat(inSession(session, "Make the gear teeth longer"));
        JsonNode inches = chat(inSession(session, "now in inches"));
        JsonNode openScad = chat(inSession(session, "in OpenSCAD"));

        assertEquals(List.of("generate_model", "generate_model", "generate_model"), Stream.of(longer, inches, openScad)
                .map(answer -> answer.get("intent").getStringValue()).toList());
        Map<String, Double> changed = new HashMap<>(Map.of("teeth", 20.0, Part.OUTSIDE_DIAMETER, 40.0));
        Part first = ((PartDesign.Designed) Part.design(PartFamily.SPUR_GEAR, LengthUnit.MM, changed)).part();
        Part teethLonger = ((PartDesign.Designed) first.with("addendum", 1.25)).part();
        Part inInches = new Part(PartFamily.SPUR_GEAR, LengthUnit.INCH, teethLonger.values());
        PartCodeCheck.buildsThePart(CodeLanguage.JSCAD, longer.get("code").getStringValue(), teethLonger);
        assertTrue(inches.get("code").getStringValue().contains("(lengths in inches)"),
                inches.get("code").getStringValue());
        assertEquals("jscad", inches.get("code_language").getStringValue());
        assertEquals("openscad", openScad.get("code_language").getStringValue());
        PartCodeCheck.buildsThePart(CodeLanguage.OPENSCAD, openScad.get("code").getStringValue(), inInches);

        List<String> codes = codesInHistory(session);
        assertEquals(List.of(gear, longer, inches, openScad).stream().map(answer -> answer.get("code_language")
                .getStringValue()).toList(), codes);

        server.close();
        server = start();
        sessions = new NativeSessions(server);
        assertEquals(codes, codesInHistory(session), "the code is kept across a restart");
        JsonNode taller = chat(inSession(session, "10 mm taller"));
        assertEquals("openscad", taller.get("code_language").getStringValue(), "the session keeps its code language");
        Part thicker = ((PartDesign.Designed) inInches.with("thickness", inInches.value("thickness") + 10)).part();
        PartCodeCheck.buildsThePart(CodeLanguage.OPENSCAD, taller.get("code").getStringValue(), thicker);
    }

    @Test
    void anotherCodeLanguage_isRefused_inTheNativeErrorFormat() {
        TestServer.Response refused = sessions.call(key, "POST", "/chat",
                "{\"message\":\"design a box\",\"code_language\":\"stl\"}");

        assertEquals(400, refused.status(), refused.body());
        JsonNode error = sessions.read(refused.body()).get("error");
        assertEquals("invalid_request", error.get("code").getStringValue());
        assertTrue(error.get("message").getStringValue().contains("code_language"), refused.body());
    }

    /** The code languages of the assistant's messages in the session's history, oldest first. */
    private List<String> codesInHistory(String session) {
        TestServer.Response history = sessions.get(key, "/chat/history?session_id=" + session);
        assertEquals(200, history.status(), history.body());
        List<String> codes = new ArrayList<>();
        for (JsonNode message : sessions.read(history.body()).get("messages").values()) {
            if (message.get("role").getStringValue().equals("assistant")) {
                assertTrue(message.get("code").getStringValue().startsWith("//"), sessions.write(message));
                codes.add(message.get("code_language").getStringValue());
            }
        }
        return codes;
    }

    private JsonNode chat(String body) {
        TestServer.Response answer = sessions.call(key, "POST", "/chat", body);
        assertEquals(200, answer.status(), answer.body());
        return sessions.read(answer.body());
    }

    private static String inSession(String session, String message) {
        return "{\"message\":\"" + message + "\",\"session_id\":\"" + session + "\"}";
    }
}
