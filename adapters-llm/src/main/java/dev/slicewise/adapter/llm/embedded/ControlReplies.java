package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Intent;

import java.util.List;

/** Confirms what the client is about to do for the user: slice, orient, arrange, printers, filaments, support, a new chat. */
final class ControlReplies {

    AssistantReply reply(Intent intent, ReplyTexts texts) {
        ActionName action = intent.action()
                .orElseThrow(() -> new IllegalArgumentException(intent + " has no action of its own"));
        return AssistantReply.text(texts.text("control." + intent.name()), List.of(AgentAction.of(action)));
    }
}
