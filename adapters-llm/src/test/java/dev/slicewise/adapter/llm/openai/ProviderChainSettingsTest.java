package dev.slicewise.adapter.llm.openai;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderChainSettingsTest {

    private static List<ProviderSettings> read(Map<String, String> properties) {
        return ProviderChainSettings.read(name -> Optional.ofNullable(properties.get(name)));
    }

    @Test
    void noBaseUrl_meansNoProvider() {
        assertEquals(List.of(), read(Map.of("slicewise.llm.model", "gpt-4o-mini", "slicewise.llm.api-key", "")));
    }

    @Test
    void firstProviderAlone_getsTheDefaults_andABaseUrlWithoutV1() {
        ProviderSettings only = read(Map.of("slicewise.llm.base-url", "https://api.openai.com/v1/",
                "slicewise.llm.api-key", "sk-secret", "slicewise.llm.model", "gpt-4o-mini")).getFirst();

        assertEquals(new ProviderSettings("primary", URI.create("https://api.openai.com"), "sk-secret", "gpt-4o-mini",
                Duration.ofSeconds(30), 0.2, 1024, 1, true), only);
    }

    @Test
    void fallbacks_comeInTheirOrder_eachWithItsOwnModel_inheritingTheLimitsButNotTheKey() {
        Map<String, String> properties = new HashMap<>(Map.of(
                "slicewise.llm.name", "openai", "slicewise.llm.base-url", "https://api.openai.com",
                "slicewise.llm.api-key", "sk-secret", "slicewise.llm.model", "gpt-4o-mini",
                "slicewise.llm.timeout-ms", "8000", "slicewise.llm.retries", "2",
                "slicewise.llm.fallbacks", "deepseek, ollama"));
        properties.putAll(Map.of(
                "slicewise.llm.deepseek.base-url", "https://api.deepseek.com", "slicewise.llm.deepseek.model",
                "deepseek-chat", "slicewise.llm.deepseek.api-key", "ds-secret",
                "slicewise.llm.ollama.base-url", "http://127.0.0.1:11434", "slicewise.llm.ollama.model", "qwen2.5:7b",
                "slicewise.llm.ollama.timeout-ms", "20000", "slicewise.llm.ollama.stream", "false"));

        List<ProviderSettings> chain = read(properties);

        assertEquals(List.of("openai", "deepseek", "ollama"), chain.stream().map(ProviderSettings::name).toList());
        assertEquals(List.of("gpt-4o-mini", "deepseek-chat", "qwen2.5:7b"),
                chain.stream().map(ProviderSettings::model).toList());
        assertEquals(List.of(Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(20)),
                chain.stream().map(ProviderSettings::timeout).toList());
        assertEquals(List.of(2, 2, 2), chain.stream().map(ProviderSettings::retries).toList());
        assertEquals(List.of("sk-secret", "ds-secret", ""), chain.stream().map(ProviderSettings::apiKey).toList());
        assertEquals(List.of(true, true, false), chain.stream().map(ProviderSettings::stream).toList());
    }

    @Test
    void fallbackWithoutItsModel_isRefusedNamingTheVariable() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> read(Map.of(
                "slicewise.llm.base-url", "https://api.openai.com", "slicewise.llm.model", "gpt-4o-mini",
                "slicewise.llm.fallbacks", "ollama", "slicewise.llm.ollama.base-url", "http://127.0.0.1:11434")));

        assertEquals("SLICEWISE_LLM_OLLAMA_MODEL is required for the provider ollama", refused.getMessage());
    }

    @Test
    void unreadableOrOutOfRangeValues_areRefused() {
        Map<String, String> base = Map.of("slicewise.llm.base-url", "https://api.openai.com",
                "slicewise.llm.model", "gpt-4o-mini");
        for (Map.Entry<String, String> bad : Map.of("slicewise.llm.timeout-ms", "soon", "slicewise.llm.retries", "9",
                "slicewise.llm.temperature", "3", "slicewise.llm.stream", "maybe", "slicewise.llm.fallbacks",
                "Deep-Seek", "slicewise.llm.max-tokens", "0").entrySet()) {
            Map<String, String> properties = new HashMap<>(base);
            properties.put(bad.getKey(), bad.getValue());
            assertThrows(IllegalArgumentException.class, () -> read(properties), bad.toString());
        }
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("slicewise.llm.base-url", "ftp://x",
                "slicewise.llm.model", "m")));
    }

    @Test
    void theKeyNeverAppearsInTheSettingsText_norInAFailure() {
        ProviderSettings settings = read(Map.of("slicewise.llm.base-url", "https://api.openai.com",
                "slicewise.llm.api-key", "sk-very-secret", "slicewise.llm.model", "gpt-4o-mini")).getFirst();

        assertFalse(settings.toString().contains("sk-very-secret"), settings.toString());
        assertTrue(settings.toString().contains("apiKey=***"), settings.toString());
        assertFalse(settings.withModel("gpt-4o").toString().contains("sk-very-secret"));
        assertEquals("gpt-4o", settings.withModel("gpt-4o").model());
    }
}
