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
import org.springframework.ai.model.ModelOptionsUtils;
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

import java.util.List;

/**
 * The assistant's chat model on one provider: Spring AI's {@link OpenAiApi} wire records, sent and read by
 * {@link ChatCompletions} on the JDK HTTP client (so that a cancelled stream closes its connection), with the request
 * made directly from the prompt's messages, its tools and the provider's settings. Spring AI's {@code OpenAiChatModel}
 * makes the same request, but merges its options into it through Jackson maps twice per call, tool schemas included:
 * a quarter of the service's CPU per message on the LLM path (ADR 0008). The tools are the same list on every call
 * (the assistant's, made once), so their 8,600 characters of JSON are written once and put into each request as they
 * are ({@link #json}). Knows what the assistant sends: text messages, the assistant's tool calls and tool results, and
 * the tools of {@link OpenAiChatOptions}; model, temperature, max tokens and streaming come from the provider's
 * settings. Tool calls are returned, never executed. A stream asks for the usage ({@code stream_options}); a provider
 * that rejects the request with it (a 4xx before any chunk) is asked again without it, from then on.
 */
final class DirectOpenAiChatModel implements ChatModel {

    private final ChatCompletions completions;
    private final ProviderSettings settings;
    /** The tools last sent and their JSON, reused while the prompts carry the same list. */
    private volatile WrittenTools written = new WrittenTools(List.of(), "[]");
    /** Whether streams ask for the usage; false once the provider rejected a stream that asked for it. */
    private volatile boolean usageStreamed = true;

    private record WrittenTools(List<FunctionTool> tools, String json) {
    }

    DirectOpenAiChatModel(ProviderSettings settings) {
        this.completions = new ChatCompletions(OpenAiChatModels.http(settings), settings);
        this.settings = settings;
    }

    @Override
    public ChatResponse call(Prompt prompt) {
        return completions.complete(json(prompt, false, false))
                .filter(completion -> completion.choices() != null)
                .map(completion -> response(completion.choices().stream()
                        .map(OpenAiApi.ChatCompletion.Choice::message).toList(), completion.usage()))
                .orElseGet(() -> new ChatResponse(List.of()));
    }

    @Override
    public Flux<ChatResponse> stream(Prompt prompt) {
        boolean withUsage = usageStreamed;
        return completions.stream(json(prompt, true, withUsage))
                .onErrorResume(failure -> withUsage && failure instanceof ProviderFailure rejected
                        && rejected.kind() == ProviderFailure.Kind.REJECTED, rejected -> {
                    usageStreamed = false;
                    return completions.stream(json(prompt, true, false));
                })
                .map(chunk -> response(chunk.choices() == null ? List.of() : chunk.choices().stream()
                        .map(OpenAiApi.ChatCompletionChunk.ChunkChoice::delta).toList(), chunk.usage()));
    }

    /**
     * The request as JSON: the request without its tools as Jackson writes it, with the tools' JSON added as the last
     * field. The tools' JSON is written again only when a prompt carries another list than the one before.
     */
    String json(Prompt prompt, boolean stream, boolean withUsage) {
        OpenAiChatOptions options = prompt.getOptions() instanceof OpenAiChatOptions chosen ? chosen : null;
        List<FunctionTool> tools = options == null || options.getTools() == null ? List.of() : options.getTools();
        String request = ModelOptionsUtils.toJsonString(request(prompt, options, stream, withUsage));
        if (tools.isEmpty()) {
            return request;
        }
        WrittenTools last = written;
        if (last.tools() != tools) {
            last = new WrittenTools(tools, ModelOptionsUtils.toJsonString(tools));
            written = last;
        }
        return request.substring(0, request.lastIndexOf('}')) + ",\"tools\":" + last.json() + "}";
    }

    /** The request without its tools. */
    private ChatCompletionRequest request(Prompt prompt, OpenAiChatOptions options, boolean stream,
                                          boolean withUsage) {
        List<ChatCompletionMessage> messages = prompt.getInstructions().stream()
                .flatMap(message -> wire(message).stream()).toList();
        Double temperature = options == null || options.getTemperature() == null
                ? settings.temperature() : options.getTemperature();
        return new ChatCompletionRequest(messages, settings.model(), null, null, null, null, null, null,
                settings.maxTokens(), null, null, null, null, null, null, null, null, null, stream,
                withUsage ? StreamOptions.INCLUDE_USAGE : null, temperature, null, null, null, null, null, null, null,
                null, null, null, null);
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
