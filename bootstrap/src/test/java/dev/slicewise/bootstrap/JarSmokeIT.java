package dev.slicewise.bootstrap;

import dev.slicewise.adapter.credits.FakeElegooCredits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar, started as users start it ({@code java -jar}), in a fresh working folder: it must hold every
 * class its adapters need, the trained intent model and the generated OpenAPI document, and say little on the
 * console besides its line per request. Run by failsafe after the jar is built.
 */
class JarSmokeIT {

    @Test
    void theJar_startsWithItsDefaults_saysItIsReadyInAFewLines_andChargesThroughTheElegooCreditsApi(@TempDir Path workDir)
            throws Exception {
        try (FakeElegooCredits credits = FakeElegooCredits.start();
             PackagedService service = PackagedService.start(workDir, Map.of(
                     "SLICEWISE_CREDITS_MODE", "elegoo",
                     "SLICEWISE_CREDITS_BASE_URL", credits.baseUrl()))) {
            String partnerToken = Files.readString(workDir.resolve("data").resolve("partner-token")).strip();
            assertEquals(201, service.post("/ent/partners/api/elegoo/user_access_token/",
                    "{\"elegoo_user_id\":\"smoke\",\"access_token\":\"t\",\"expire_in\":60}",
                    "Authorization", "Token " + partnerToken).statusCode());

            HttpResponse<String> answer = service.post("/ent/partners/api/elegoo/chats/messages/",
                    "{\"elegoo_user_id\":\"smoke\",\"access_token\":\"t\","
                            + "\"messages\":[{\"role\":\"user\",\"content\":\"slice the model\"}]}",
                    "Accept", "application/json");

            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"traceId\":\"" + FakeElegooCredits.TRACE_ID + "\""), answer.body());
            assertEquals(1, credits.received().size());
            assertTrue(Files.exists(workDir.resolve("data").resolve("slicewise.mv.db")), "the H2 file database");
            List<String> requests = service.log().lines().filter(line -> line.contains(" dev.slicewise.requests - "))
                    .toList();
            assertTrue(requests.stream().anyMatch(line -> line.contains(" INFO  [")
                    && line.contains(" - POST /ent/partners/api/elegoo/chats/messages 200 ")
                    && line.endsWith(" intent=slice_model engine=embedded")), String.join("\n", requests));
            List<String> console = service.log().lines().filter(line -> !requests.contains(line)).toList();
            assertTrue(console.size() <= 10, "at most 10 lines besides the requests':\n" + String.join("\n", console));
            assertTrue(console.contains("  Authorization: Token " + partnerToken), "the generated token, shown once");
            assertTrue(console.getLast().endsWith(" - Slicewise ready on http://localhost:" + service.port()
                    + " (H2 ./data/slicewise, embedded assistant, elegoo credits)"), console.getLast());

            HttpResponse<String> document = service.get("/openapi.yml");
            assertEquals(200, document.statusCode(), document.body());
            assertEquals("application/yaml", document.headers().firstValue("Content-Type").orElse(""));
            assertTrue(document.body().startsWith("openapi: 3."), "the generated document, packed in the jar");
        }
    }
}
