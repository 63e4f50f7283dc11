package dev.slicewise.adapter.llm.openai;

import java.util.List;

/**
 * What one provider call produced: the text, the tool calls as the model wrote them, and the tokens the provider
 * counted (0 when it counted none).
 */
record Completion(String text, List<ToolCall> toolCalls, long promptTokens, long completionTokens) {

    Completion {
        toolCalls = List.copyOf(toolCalls);
    }

    /** One tool call: its id (to answer it), the tool's name and the raw JSON arguments. */
    record ToolCall(String id, String name, String arguments) {
    }

    /** This completion's tokens added to an earlier call's (a repair attempt counts both). */
    Completion after(Completion earlier) {
        return new Completion(text, toolCalls, promptTokens + earlier.promptTokens,
                completionTokens + earlier.completionTokens);
    }
}
