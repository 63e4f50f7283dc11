package dev.slicewise.domain.chat;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.user.UserId;

import java.time.Instant;

/** A chat session of one user, kept for tracing, analytics and feedback (not to replay history). */
public record Chat(ChatId id, UserId owner, ChatDetails details, Instant createdAt, Instant updatedAt) {

    public Chat {
        Require.present(id, "chat_id");
        Require.present(owner, "owner");
        Require.present(details, "details");
        Require.present(createdAt, "created_at");
        Require.present(updatedAt, "updated_at");
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }
}
