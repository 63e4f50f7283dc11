package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.plate.Plate;

import java.util.List;
import java.util.Optional;

/**
 * A request to analyse a plate: the views as sent (data URIs, checked by the use case so that a bad one is answered
 * in the endpoint's own shape), the plates, the optional chat for context, the language of the answer.
 */
public record AnalysePlateCommand(
        Optional<ChatId> chatId,
        List<String> images,
        List<Plate> plates,
        Language language) {

    public AnalysePlateCommand {
        Require.present(chatId, "chat_id");
        images = List.copyOf(Require.present(images, "images"));
        plates = List.copyOf(Require.present(plates, "plates"));
        Require.present(language, "lang");
    }
}
