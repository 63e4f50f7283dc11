package dev.slicewise.application.service;

import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.SessionId;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * New ids for the native API's sessions and messages: the type prefix and 128 random bits in hex, so that an id tells
 * nothing of how many there are or when they were made, and cannot be guessed. Every door that makes sessions or
 * messages takes its ids from here.
 */
public final class SessionIds {

    private final SecureRandom random = new SecureRandom();

    public SessionId newSessionId() {
        return new SessionId(SessionId.PREFIX + randomHex());
    }

    public MessageId newMessageId() {
        return new MessageId(MessageId.PREFIX + randomHex());
    }

    private String randomHex() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
