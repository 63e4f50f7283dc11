package dev.slicewise.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code GET /api/v1/models} in {@code llm} mode: the embedded engine, each provider's model, the vision model. */
class NativeModelsTest {

    @Test
    void inLlmMode_listsTheEmbeddedEngineThenEveryConfiguredModel() {
        try (TestServer server = TestServer.inMemory(Map.of(
                "slicewise.assistant.mode", "llm",
                "slicewise.llm.base-url", "http://127.0.0.1:9",
                "slicewise.llm.model", "gpt-4o-mini",
                "slicewise.llm.fallbacks", "ollama",
                "slicewise.llm.ollama.base-url", "http://127.0.0.1:11434",
                "slicewise.llm.ollama.model", "qwen2.5:7b",
                "slicewise.vision.model", "gpt-4o"))) {
            TestServer.Response issued = server.post(NativeKeysTest.KEYS, "{\"name\":\"models\"}",
                    "Authorization", NativeKeysTest.OPERATOR);
            String secret = issued.body().replaceAll(".*\"key\":\"(sw_[^\"]+)\".*", "$1");

            TestServer.Response models = server.get("/api/v1/models", "Authorization", "Bearer " + secret);

            assertEquals(200, models.status(), models.body());
            assertEquals("{\"data\":["
                    + "{\"id\":\"embedded\",\"kind\":\"chat\",\"default\":true},"
                    + "{\"id\":\"gpt-4o-mini\",\"provider\":\"primary\",\"kind\":\"chat\",\"default\":false},"
                    + "{\"id\":\"qwen2.5:7b\",\"provider\":\"ollama\",\"kind\":\"chat\",\"default\":false},"
                    + "{\"id\":\"gpt-4o\",\"provider\":\"primary\",\"kind\":\"vision\",\"default\":false},"
                    + "{\"id\":\"gpt-4o\",\"provider\":\"ollama\",\"kind\":\"vision\",\"default\":false}]}",
                    models.body());
        }
    }
}
