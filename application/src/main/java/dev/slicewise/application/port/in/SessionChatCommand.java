package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.ModelChoice;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.List;
import java.util.Optional;

/**
 * One message to a conversation the service keeps: the text, the session to continue (a new one when absent), what
 * the conversation is about (kept on the session), the model and temperature asked for, the reply language (the
 * message's own when absent), the caller's end user, the user's slicing setup and plates, and photos of the plate to
 * analyse (data URIs, checked by the use case as {@code plate_analysis/} checks them), and the language asked for the
 * code of a part designed in the turn ({@code code_language}; a language the message names wins, and without either
 * the session's last part keeps its language).
 */
public record SessionChatCommand(
        String text,
        Optional<SessionId> sessionId,
        Optional<String> context,
        ModelChoice choice,
        Optional<Language> language,
        Optional<String> endUser,
        Optional<SlicingProfiles> slicingProfiles,
        List<Plate> plates,
        List<String> images,
        Optional<CodeLanguage> codeLanguage) {

    public static final int MAX_END_USER_LENGTH = 256;
    public static final int MAX_IMAGES = 4;

    public SessionChatCommand {
        Require.text(text, "message", SessionMessage.MAX_USER_TEXT_LENGTH);
        if (!text.equals(text.strip())) {
            throw new IllegalArgumentException("message must be trimmed");
        }
        Require.present(sessionId, "session_id");
        Require.present(context, "context");
        Require.present(choice, "model");
        Require.present(language, "lang");
        Require.present(endUser, "user");
        endUser.ifPresent(user -> Require.text(user, "user", MAX_END_USER_LENGTH));
        Require.present(slicingProfiles, "slicing_profiles");
        plates = List.copyOf(Require.present(plates, "plates"));
        images = List.copyOf(Require.present(images, "attachments"));
        if (images.size() > MAX_IMAGES) {
            throw new IllegalArgumentException("at most " + MAX_IMAGES + " attachments");
        }
        Require.present(codeLanguage, "code_language");
    }

    /** A message that leaves the code language to the message and the session. */
    public SessionChatCommand(String text, Optional<SessionId> sessionId, Optional<String> context, ModelChoice choice,
                              Optional<Language> language, Optional<String> endUser,
                              Optional<SlicingProfiles> slicingProfiles, List<Plate> plates, List<String> images) {
        this(text, sessionId, context, choice, language, endUser, slicingProfiles, plates, images, Optional.empty());
    }
}
