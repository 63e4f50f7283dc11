package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.user.Credentials;

public record CreateChatCommand(Credentials credentials, ChatDetails details) {

    public CreateChatCommand {
        Require.present(credentials, "credentials");
        Require.present(details, "details");
    }
}
