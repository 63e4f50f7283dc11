package dev.slicewise.bootstrap;

import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import javax.sql.DataSource;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupTest {

    @Test
    void withoutPartnerTokens_oneIsGeneratedKeptOwnerOnlyAndReusedAtTheNextStart(@TempDir Path dataDir) throws IOException {
        Map<String, Object> properties = Map.of("slicewise.partner-tokens", "", "slicewise.data-dir", dataDir.toString());
        Path file = dataDir.resolve("partner-token");
        String register = "{\"elegoo_user_id\":\"u\",\"access_token\":\"t\",\"expire_in\":60}";

        try (TestServer first = TestServer.inMemory(properties)) {
            String token = Files.readString(file).strip();
            assertEquals(64, token.length());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals(201, first.post(API + "user_access_token/", register, "Authorization", "Token " + token).status());
        }
        String kept = Files.readString(file).strip();
        try (TestServer second = TestServer.inMemory(properties)) {
            assertEquals(kept, Files.readString(file).strip());
            assertEquals(201, second.post(API + "user_access_token/", register, "Authorization", "Token " + kept).status());
            assertEquals(401, second.post(API + "user_access_token/", register, "Authorization", "Token other").status());
        }
    }

    @Test
    void unknownCreditsMode_stopsTheStartWithAClearMessage() {
        Exception failure = assertThrows(BeanInstantiationException.class,
                () -> TestServer.inMemory(Map.of("slicewise.credits.mode", "bank")).close());

        assertTrue(configurationMessage(failure).contains("SLICEWISE_CREDITS_MODE is 'bank'"),
                configurationMessage(failure));
    }

    @Test
    void elegooCreditsModeWithoutBaseUrl_stopsTheStartNamingTheVariable() {
        Exception failure = assertThrows(BeanInstantiationException.class,
                () -> TestServer.inMemory(Map.of("slicewise.credits.mode", "elegoo")).close());

        Throwable cause = failure;
        while (!(cause instanceof IllegalArgumentException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains("SLICEWISE_CREDITS_BASE_URL is required"), cause.getMessage());
    }

    @Test
    void llmModeWithoutProvider_stopsTheStartNamingTheVariables() {
        Exception failure = assertThrows(RuntimeException.class,
                () -> TestServer.inMemory(Map.of("slicewise.assistant.mode", "llm")).close());

        assertTrue(configurationMessage(failure).contains("SLICEWISE_ASSISTANT_MODE=llm needs a provider: set "
                + "SLICEWISE_LLM_BASE_URL and SLICEWISE_LLM_MODEL"), configurationMessage(failure));
    }

    @Test
    void llmFallbackWithoutItsModel_stopsTheStartNamingTheVariable() {
        Exception failure = assertThrows(RuntimeException.class, () -> TestServer.inMemory(Map.of(
                "slicewise.assistant.mode", "llm", "slicewise.llm.base-url", "http://127.0.0.1:9",
                "slicewise.llm.model", "m", "slicewise.llm.fallbacks", "ollama",
                "slicewise.llm.ollama.base-url", "http://127.0.0.1:11434")).close());

        assertEquals("SLICEWISE_LLM_OLLAMA_MODEL is required for the provider ollama", configurationMessage(failure));
    }

    private static String configurationMessage(Exception failure) {
        Throwable cause = failure;
        while (!(cause instanceof ConfigurationException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Test
    void unknownFreeIntent_stopsTheStartNamingTheVariable() {
        Exception failure = assertThrows(RuntimeException.class,
                () -> TestServer.inMemory(Map.of("slicewise.credits.free-intents", "greeting, smalltalk")).close());

        assertTrue(configurationMessage(failure).contains("SLICEWISE_CREDITS_FREE_INTENTS names 'smalltalk'"),
                configurationMessage(failure));
    }

    @Test
    void healthAnswers_asTheBaselineOfTheBenchmarks() {
        try (TestServer server = TestServer.inMemory(Map.of())) {
            assertEquals(new TestServer.Response(200, "{\"status\":\"UP\"}"), server.get("/health"));
        }
    }

    @Test
    void memoryPersistence_opensNoDatabase() {
        try (TestServer server = TestServer.inMemory(Map.of())) {
            assertTrue(server.context().getBeansOfType(DataSource.class).isEmpty());
            assertEquals(200, server.get("/health").status());
        }
    }

    @Test
    void theMemoryEnvironment_isOnExactlyWhenThePersistenceVariableSaysMemory() {
        assertArrayEquals(new String[] {Application.MEMORY},
                Application.environments(Map.of("SLICEWISE_PERSISTENCE", "memory")));
        assertArrayEquals(new String[0], Application.environments(Map.of("SLICEWISE_PERSISTENCE", "jdbc")));
        assertArrayEquals(new String[0], Application.environments(Map.of()));
    }
}
