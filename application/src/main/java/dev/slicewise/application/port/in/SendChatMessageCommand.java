package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.turn.Api;

import java.util.List;
import java.util.Optional;

/**
 * One turn of a conversation: the whole history, the workflow, the user's slicing setup and plates, and the API it
 * came through (the partner API, the native API, or its OpenAI-compatible door).
 */
public record SendChatMessageCommand(
        Optional<ChatId> chatId,
        Conversation conversation,
        Workflow workflow,
        Optional<SlicingProfiles> slicingProfiles,
        List<Plate> plates,
        Language language,
        Api api) {

    public SendChatMessageCommand {
        Require.present(chatId, "chat_id");
        Require.present(conversation, "messages");
        Require.present(workflow, "current_workflow");
        Require.present(slicingProfiles, "slicing_profiles");
        plates = List.copyOf(Require.present(plates, "plates"));
        Require.present(language, "lang");
        Require.present(api, "api");
    }
}
