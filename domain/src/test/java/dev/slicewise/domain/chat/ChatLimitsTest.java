package dev.slicewise.domain.chat;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatLimitsTest {

    @Test
    void storedBytes_countsEveryTextFieldInUtf8() {
        ChatDetails details = new ChatDetails("[\"é\"]", Optional.of("CC"), Optional.empty(), Optional.of("拉丝"),
                Optional.of("{}"), Optional.of("ok"), Optional.of("\uD83E\uDDF5"));

        // [ " é " ] = 4 + 2; CC = 2; 拉丝 = 6; {} = 2; ok = 2; the thread emoji = 4
        assertEquals(22, details.storedBytes());
    }

    @Test
    void givenAChatOfExactlyTheLimit_admits_isTrue_andOneByteMoreIsRefused() {
        ChatDetails tenBytes = ChatDetails.ofMessages("[\"abcdef\"]");

        assertTrue(new ChatLimits(10, 1).admits(tenBytes));
        assertFalse(new ChatLimits(9, 1).admits(tenBytes));
    }

    @Test
    void limitsAndPages_refuseWhatCannotBe() {
        assertThrows(IllegalArgumentException.class, () -> new ChatLimits(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ChatLimits(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ChatPage(0, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new ChatPage(ChatPage.MAX_LIMIT + 1, Optional.empty()));
    }
}
