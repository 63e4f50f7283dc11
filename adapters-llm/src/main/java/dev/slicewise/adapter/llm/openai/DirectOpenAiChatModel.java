package dev.slicewise.adapter.llm.openai;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi.ChatCompletionMessage.ChatCompletionFunction;
import org.springframework.ai.openai.api.OpenAiApi.ChatCompletionMessage.Role;
import org.springframework.ai.openai.api.OpenAiApi.ChatCompletionMessage.ToolCall;
import org.springframework.ai.openai.api.OpenAiApi.ChatCompletionMessage;
import org.springframework.ai.openai.api.OpenAiApi.ChatCompletionRequest.StreamOptions;
import org.springframework.ai.openai.api.OpenAiApi.ChatCompletionRequest;
import org.springframework.ai.openai.api.OpenAiApi.FunctionTool;
import org.springframework.ai.openai.api.OpenAiApi.Usage;
import org.springframework.ai.openai.api.OpenAiApi;
import reactor.core.publisher.Flux;

import java.net.http.HttpClient;
import java.util.List;

/**
 * The assistant's chat model on one provider: Spring AI's {@link OpenAiApi} and wire records (a streamed answer is
 * read by {@link StreamedCompletions}, so that a cancelled stream closes its connection), with the request made
 * directly from the prompt's messages, its tools and the provider's settings. Spring AI's {@code OpenAiChatModel} makes the same request, but
 * merges its options into it through Jackson maps twice per call, tool schemas included: a quarter of the service's
 * CPU per message on the LLM path (ADR 0008). Knows what the assistant sends: text messages, the assistant's tool
 * calls and tool results, and the tools of {@link OpenAiChatOptions}; model, temperature, max tokens and streaming
 * come from the provider's settings. Tool calls are returned, never executed.
 */
final class DirectOpenAiChatModel implements ChatModel {

    private final OpenAiApi api;
    private final StreamedCompletions streamed;
    private final ProviderSettings settings;

    DirectOpenAiChatModel(ProviderSettings settings) {
        HttpClient http = OpenAiChatModels.http(settings);
        this.api = OpenAiChatModels.api(settings, http);
        this.streamed = new StreamedCompletions(http, settings);
        this.settings = settings;
    }

    @Override
    public ChatResponse call(Prompt prompt) {
        OpenAiApi.ChatCompletion completion = api.chatCompletionEntity(request(prompt, false)).getBody();
        if (completion == null || completion.choices() == null) {
            return new ChatResponse(List.of());
        }
        return response(completion.choices().stream().map(OpenAiApi.ChatCompletion.Choice::message).toList(),
                completion.usage());
    }

    @Override
    public Flux<ChatResponse> stream(Prompt prompt) {
        return streamed.stream(request(prompt, true)).map(chunk -> response(chunk.choices() == null
                ? List.of() : chunk.choices().stream().map(OpenAiApi.ChatCompletionChunk.ChunkChoice::delta).toList(),
                chunk.usage()));
    }

    private ChatCompletionRequest request(Prompt prompt, boolean stream) {
        List<ChatCompletionMessage> messages = prompt.getInstructions().stream()
                .flatMap(message -> wire(message).stream()).toList();
        OpenAiChatOptions options = prompt.getOptions() instanceof OpenAiChatOptions chosen ? chosen : null;
        List<FunctionTool> tools = options == null ? null : options.getTools();
        Double temperature = options == null || options.getTemperature() == null
                ? settings.temperature() : options.getTemperature();
        return new ChatCompletionRequest(messages, settings.model(), null, null, null, null, null, null,
                settings.maxTokens(), null, null, null, null, null, null, null, null, null, stream,
                stream ? StreamOptions.INCLUDE_USAGE : null, temperature, null,
                tools == null || tools.isEmpty() ? null : tools, null, null, null, null, null, null, null, null, null);
    }

    /** A message in the wire format; a tool result is one message per call answered. */
    private static List<ChatCompletionMessage> wire(Message message) {
        return switch (message) {
            case SystemMessage system -> List.of(new ChatCompletionMessage(system.getText(), Role.SYSTEM));
            case UserMessage user -> List.of(new ChatCompletionMessage(user.getText(), Role.USER));
            case AssistantMessage assistant -> List.of(new ChatCompletionMessage(assistant.getText(), Role.ASSISTANT,
                    null, null, assistant.hasToolCalls() ? assistant.getToolCalls().stream()
                    .map(call -> new ToolCall(call.id(), call.type(),
                            new ChatCompletionFunction(call.name(), call.arguments()))).toList() : null,
                    null, null, null, null));
            case ToolResponseMessage tool -> tool.getResponses().stream()
                    .map(response -> new ChatCompletionMessage(response.responseData(), Role.TOOL, response.name(),
                            response.id(), null, null, null, null, null)).toList();
            default -> throw new IllegalArgumentException("not a message the assistant sends: "
                    + message.getMessageType());
        };
    }

    /** The choices' messages (or deltas) as generations, with the usage when the provider gave it. */
    private static ChatResponse response(List<ChatCompletionMessage> outputs, Usage usage) {
        List<Generation> generations = outputs.stream().filter(output -> output != null)
                .map(output -> new Generation(AssistantMessage.builder().content(output.content())
                        .toolCalls(output.toolCalls() == null ? List.of() : output.toolCalls().stream()
                                .map(call -> new AssistantMessage.ToolCall(call.id(), call.type(),
                                        call.function().name(), call.function().arguments())).toList())
                        .build()))
                .toList();
        ChatResponseMetadata.Builder metadata = ChatResponseMetadata.builder();
        if (usage != null) {
            metadata.usage(new DefaultUsage(usage.promptTokens(), usage.completionTokens()));
        }
        return new ChatResponse(generations, metadata.build());
    }
}
