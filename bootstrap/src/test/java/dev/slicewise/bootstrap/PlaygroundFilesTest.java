package dev.slicewise.bootstrap;

import dev.slicewise.domain.catalog.ElegooPresetFixtures;
import dev.slicewise.domain.catalog.ElegooPresetFixtures.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The playground's files as the server serves them beside the APIs (the same classpath folder the jar serves): the
 * page at {@code /}, its scripts as JavaScript, the bundled example presets identical to the project's test data, the
 * setting names it shows in the user's language; and every API keeps its own answers for a path it does not serve.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaygroundFilesTest {

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void slash_isThePage_andItsScriptsAreJavaScriptModules() {
        HttpResponse<String> page = server.exchange(server.request("/").GET());
        assertEquals(200, page.statusCode());
        assertEquals("text/html", page.headers().firstValue("Content-Type").orElse(""));
        assertTrue(page.body().contains("<script type=\"module\" src=\"/playground/app.js\"></script>"), page.body());

        for (String script : List.of("app.js", "api.js", "i18n.js", "render.js", "stl.js")) {
            HttpResponse<String> served = server.exchange(server.request("/playground/" + script).GET());
            assertEquals(200, served.statusCode(), script);
            assertEquals("application/javascript", served.headers().firstValue("Content-Type").orElse(""), script);
        }
    }

    @Test
    void theExamplePresets_areTheProjectsTestData_unchanged() {
        assertEquals("{\n  \"filament\": " + quoted(Kind.FILAMENT) + ",\n  \"process\": " + quoted(Kind.PROCESS)
                + "\n}\n", server.get("/playground/presets/index.json").body());
        for (Kind kind : List.of(Kind.FILAMENT, Kind.PROCESS)) {
            for (String name : kind.names()) {
                TestServer.Response file = server.get("/playground/presets/" + kind.name().toLowerCase(Locale.ROOT)
                        + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + ".json");
                assertEquals(200, file.status(), name);
                assertEquals(ElegooPresetFixtures.json(kind, name), file.body(), name);
            }
        }
    }

    @Test
    void theSettingNames_areGivenInTheAskedLanguage_toAKey() {
        TestServer.Response issued = server.post(NativeKeysTest.KEYS, "{\"name\":\"settings\"}",
                "Authorization", NativeKeysTest.OPERATOR);
        String secret = issued.body().replaceAll(".*\"key\":\"(sw_[^\"]+)\".*", "$1");

        TestServer.Response german = server.get("/api/v1/settings?lang=de", "Authorization", "Bearer " + secret);
        assertEquals(200, german.status(), german.body());
        assertTrue(german.body().contains(
                "{\"key\":\"sparse_infill_density\",\"name\":\"Fülldichte\",\"unit\":\"%\"}"), german.body());
        assertTrue(server.get("/api/v1/settings", "Authorization", "Bearer " + secret).body()
                .contains("{\"key\":\"sparse_infill_density\",\"name\":\"Infill density\",\"unit\":\"%\"}"));
        assertEquals(401, server.get("/api/v1/settings?lang=de").status());
    }

    @Test
    void aPathNoOneServes_isStillEachApisOwn404() {
        assertEquals(new TestServer.Response(404,
                "{\"error\":{\"code\":\"not_found\",\"message\":\"No such endpoint\"}}"),
                server.get("/api/v1/nothing-here"));
        assertEquals(new TestServer.Response(404, "{\"error\":\"No such endpoint\"}"),
                server.get("/ent/partners/api/elegoo/nothing-here/"));
        assertEquals(404, server.get("/playground/nothing-here.js").status());
    }

    private static String quoted(Kind kind) {
        return kind.names().stream().sorted().map(name -> "\n    \"" + name + "\"")
                .reduce((a, b) -> a + "," + b).map(list -> "[" + list + "\n  ]").orElse("[]");
    }
}
