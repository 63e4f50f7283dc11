package dev.slicewise.domain.chat;

import dev.slicewise.domain.Require;

import java.util.Optional;
import java.util.stream.Stream;

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

    /** The size of what is kept: every text field, in UTF-8 bytes. */
    public long storedBytes() {
        return utf8Bytes(messagesJson) + Stream.of(machineName, filamentName, printProcessName, slicingSettingsJson,
                userFeedback, userFeedbackText).flatMap(Optional::stream).mapToLong(ChatDetails::utf8Bytes).sum();
    }

    private static long utf8Bytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    public static ChatDetails ofMessages(String messagesJson) {
        return new ChatDetails(messagesJson, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
