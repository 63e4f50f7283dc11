package dev.slicewise.domain.chat;

/**
 * What one user may keep: chats of at most {@code maxChatBytes} (all their text, in UTF-8) and at most
 * {@code maxChatsPerUser} of them.
 */
public record ChatLimits(long maxChatBytes, int maxChatsPerUser) {

    public ChatLimits {
        if (maxChatBytes < 1) {
            throw new IllegalArgumentException("the largest chat must be at least 1 byte, got " + maxChatBytes);
        }
        if (maxChatsPerUser < 1) {
            throw new IllegalArgumentException("a user must be allowed at least 1 chat, got " + maxChatsPerUser);
        }
    }

    public boolean admits(ChatDetails details) {
        return details.storedBytes() <= maxChatBytes;
    }
}
