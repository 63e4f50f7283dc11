package dev.slicewise.bootstrap;

import dev.slicewise.adapter.credits.FakeElegooCredits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar, started as users start it ({@code java -jar}), in a fresh working folder: it must hold every
 * class its adapters need. Run by failsafe after the jar is built.
 */
class JarSmokeIT {

    @Test
    void theJar_startsWithItsDefaults_andChargesThroughTheElegooCreditsApi(@TempDir Path workDir) throws Exception {
        try (FakeElegooCredits credits = FakeElegooCredits.start();
             PackagedService service = PackagedService.start(workDir, Map.of(
                     "SLICEWISE_PARTNER_TOKENS", "smoke-partner",
                     "SLICEWISE_CREDITS_MODE", "elegoo",
                     "SLICEWISE_CREDITS_BASE_URL", credits.baseUrl()))) {
            assertEquals(201, service.post("/ent/partners/api/elegoo/user_access_token/",
                    "{\"elegoo_user_id\":\"smoke\",\"access_token\":\"t\",\"expire_in\":60}",
                    "Authorization", "Token smoke-partner").statusCode());

            HttpResponse<String> answer = service.post("/ent/partners/api/elegoo/chats/messages/",
                    "{\"elegoo_user_id\":\"smoke\",\"access_token\":\"t\","
                            + "\"messages\":[{\"role\":\"user\",\"content\":\"slice the model\"}]}",
                    "Accept", "application/json");

            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"traceId\":\"" + FakeElegooCredits.TRACE_ID + "\""), answer.body());
            assertEquals(1, credits.received().size());
            assertTrue(Files.exists(workDir.resolve("data").resolve("slicewise.mv.db")), "the H2 file database");
        }
    }
}
