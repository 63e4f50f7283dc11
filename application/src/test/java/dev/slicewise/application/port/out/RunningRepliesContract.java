package dev.slicewise.application.port.out;

import dev.slicewise.application.port.out.RunningReplies.RunningReply;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link RunningReplies} must do; each implementation's test extends this class. The store may be shared
 * by the tests of a class, so every test uses its own nodes and ids.
 */
public abstract class RunningRepliesContract {

    private static final UserId OWNER = new UserId("key_owner");
    private static final UserId OTHER = new UserId("key_other");
    private static final Instant NOW = Instant.parse("2026-12-07T10:30:00Z");

    private RunningReplies replies;
    private final String node = UUID.randomUUID().toString();

    /** A store that may hold the rows of other tests, never of this one's nodes. */
    protected abstract RunningReplies newReplies();

    @BeforeEach
    void createReplies() {
        replies = newReplies();
    }

    private static MessageId newId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return new MessageId(MessageId.PREFIX + HexFormat.of().formatHex(bytes));
    }

    private MessageId running(UserId owner, String on, Instant leaseUntil) {
        MessageId id = newId();
        replies.add(new RunningReply(id, owner, on, leaseUntil));
        return id;
    }

    @Test
    void givenRunningReply_itsOwnersStopIsFoundByItsNodeOnly() {
        MessageId stopped = running(OWNER, node, NOW.plusSeconds(15));
        MessageId going = running(OWNER, node, NOW.plusSeconds(15));
        String elsewhere = UUID.randomUUID().toString();
        MessageId there = running(OWNER, elsewhere, NOW.plusSeconds(15));

        assertTrue(replies.requestStop(OWNER, stopped, NOW));
        assertTrue(replies.requestStop(OWNER, there, NOW));

        assertEquals(Set.of(stopped), replies.stopsRequested(node));
        assertEquals(Set.of(there), replies.stopsRequested(elsewhere));
        assertTrue(replies.requestStop(OWNER, going, NOW));
    }

    @Test
    void givenAnotherOwnersReply_orAnUnknownId_theStopFindsNothing() {
        MessageId id = running(OWNER, node, NOW.plusSeconds(15));

        assertFalse(replies.requestStop(OTHER, id, NOW));
        assertFalse(replies.requestStop(OWNER, newId(), NOW));
        assertEquals(Set.of(), replies.stopsRequested(node));
    }

    @Test
    void givenRemovedReply_theStopFindsNothing() {
        MessageId id = running(OWNER, node, NOW.plusSeconds(15));

        replies.remove(id);

        assertFalse(replies.requestStop(OWNER, id, NOW));
    }

    @Test
    void givenLeaseEnded_theReplyIsNoRunningReply_untilItsNodeRenewsIt() {
        MessageId id = running(OWNER, node, NOW.plusSeconds(15));

        assertFalse(replies.requestStop(OWNER, id, NOW.plusSeconds(15)));
        replies.renew(node, NOW.plusSeconds(30));
        assertTrue(replies.requestStop(OWNER, id, NOW.plusSeconds(15)));
    }

    @Test
    void givenExpiredAndLiveReplies_onlyTheExpiredAreForgotten() {
        MessageId expired = running(OWNER, node, NOW.minusSeconds(1));
        String live = UUID.randomUUID().toString();
        MessageId alive = running(OWNER, live, NOW.plusSeconds(15));

        assertTrue(replies.forgetExpired(NOW) >= 1);
        replies.renew(node, NOW.plusSeconds(30));

        assertFalse(replies.requestStop(OWNER, expired, NOW));
        assertTrue(replies.requestStop(OWNER, alive, NOW));
    }
}
