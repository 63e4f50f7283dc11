package dev.slicewise.adapter.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slicewise.domain.catalog.SettingsCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.ModelOptionsUtils;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi.FunctionTool;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectOpenAiChatModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<FunctionTool> TOOLS = new AssistantTools(SettingsCatalog.standard()).definitions();

    private final DirectOpenAiChatModel model = new DirectOpenAiChatModel(new ProviderSettings("primary",
            URI.create("http://127.0.0.1:9"), "sk-key", "primary-model", Duration.ofSeconds(5), 0.2, 512, 0, false));

    private static Prompt prompt(List<FunctionTool> tools) {
        return new Prompt(List.of(new SystemMessage("You are Slicewise."), new UserMessage("stronger walls")),
                OpenAiChatOptions.builder().tools(tools).build());
    }

    private static JsonNode tree(String json) throws JsonProcessingException {
        return JSON.readTree(json);
    }

    @Test
    void toolsWrittenOnce_areTheToolsAsJacksonWritesThem_besideTheRestOfTheRequest() throws JsonProcessingException {
        JsonNode first = tree(model.json(prompt(TOOLS), false, false));
        JsonNode again = tree(model.json(prompt(TOOLS), true, true));

        assertEquals(tree(ModelOptionsUtils.toJsonString(TOOLS)), first.path("tools"));
        assertEquals(first.path("tools"), again.path("tools"));
        assertEquals(List.of("primary-model", "stronger walls", false, true), List.of(first.path("model").asText(),
                first.path("messages").get(1).path("content").asText(), first.path("stream").asBoolean(),
                again.path("stream").asBoolean()));
    }

    @Test
    void anotherListOfTools_isWrittenAnew_andNoToolsLeaveTheFieldOut() throws JsonProcessingException {
        model.json(prompt(TOOLS), false, false);
        List<FunctionTool> actionOnly = List.of(TOOLS.getFirst());

        JsonNode other = tree(model.json(prompt(actionOnly), false, false));
        JsonNode none = tree(model.json(new Prompt(List.of(new UserMessage("hi"))), false, false));

        assertEquals(tree(ModelOptionsUtils.toJsonString(actionOnly)), other.path("tools"));
        assertTrue(none.path("tools").isMissingNode());
    }
}
