package dev.slicewise.domain.chat;

import dev.slicewise.domain.Require;

import java.util.Optional;

/**
 * What the client stores about a chat: the JSON-encoded messages and, optionally, the selected presets, the
 * slicing settings and the user's feedback on the answers.
 */
public record ChatDetails(
        String messagesJson,
        Optional<String> machineName,
        Optional<String> filamentName,
        Optional<String> printProcessName,
        Optional<String> slicingSettingsJson,
        Optional<String> userFeedback,
        Optional<String> userFeedbackText) {

    public static final int MAX_FEEDBACK_LENGTH = 16;

    public ChatDetails {
        Require.present(messagesJson, "messages");
        if (messagesJson.isBlank()) {
            throw new IllegalArgumentException("messages must not be blank");
        }
        Require.present(machineName, "machine_name");
        Require.present(filamentName, "filament_name");
        Require.present(printProcessName, "print_process_name");
        Require.present(slicingSettingsJson, "slicing_settings_json");
        Require.present(userFeedback, "user_feedback");
        Require.present(userFeedbackText, "user_feedback_text");
        if (userFeedback.map(String::length).orElse(0) > MAX_FEEDBACK_LENGTH) {
            throw new IllegalArgumentException("user_feedback must be at most " + MAX_FEEDBACK_LENGTH + " characters");
        }
    }

    public static ChatDetails ofMessages(String messagesJson) {
        return new ChatDetails(messagesJson, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
