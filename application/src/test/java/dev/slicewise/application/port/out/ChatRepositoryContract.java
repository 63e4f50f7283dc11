package dev.slicewise.application.port.out;

import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.user.ElegooUserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link ChatRepository} must do; each implementation's test extends this class. */
public abstract class ChatRepositoryContract {

    private static final ElegooUserId ALICE = new ElegooUserId("alice");
    private static final ElegooUserId BOB = new ElegooUserId("bob");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123456Z");
    private static final ChatDetails HELLO = ChatDetails.ofMessages("[{\"role\":\"user\",\"content\":\"hello\"}]");

    private ChatRepository chats;

    /** A repository holding no chats. */
    protected abstract ChatRepository newRepository();

    @BeforeEach
    void createRepository() {
        chats = newRepository();
    }

    @Test
    void givenNewChat_create_returnsItWithOwnerDetailsAndBothTimestampsAtNow() {
        Chat chat = chats.create(ALICE, HELLO, NOW);

        assertEquals(ALICE, chat.owner());
        assertEquals(HELLO, chat.details());
        assertEquals(NOW, chat.createdAt());
        assertEquals(NOW, chat.updatedAt());
    }

    @Test
    void givenSeveralChats_create_givesUniqueIncreasingIds() {
        List<Long> ids = IntStream.range(0, 5)
                .mapToObj(i -> chats.create(i % 2 == 0 ? ALICE : BOB, HELLO, NOW).id().value())
                .toList();

        assertEquals(ids.stream().sorted().distinct().toList(), ids);
    }

    @Test
    void givenCreatedChat_find_returnsEqualChat() {
        Chat created = chats.create(ALICE, HELLO, NOW);

        assertEquals(Optional.of(created), chats.find(created.id()));
    }

    @Test
    void givenUnknownId_find_returnsEmpty() {
        Chat created = chats.create(ALICE, HELLO, NOW);

        assertEquals(Optional.empty(), chats.find(new ChatId(created.id().value() + 1000)));
    }

    @Test
    void givenUserWithoutChats_findByOwner_returnsEmptyList() {
        chats.create(BOB, HELLO, NOW);

        assertEquals(List.of(), chats.findByOwner(ALICE));
    }

    @Test
    void givenChatsOfTwoUsers_findByOwner_returnsOnlyTheOwnersChatsNewestFirst() {
        Chat oldest = chats.create(ALICE, HELLO, NOW.minusSeconds(120));
        Chat bobs = chats.create(BOB, HELLO, NOW.minusSeconds(60));
        Chat newest = chats.create(ALICE, HELLO, NOW.plusSeconds(60));
        Chat middle = chats.create(ALICE, HELLO, NOW);

        assertEquals(List.of(newest, middle, oldest), chats.findByOwner(ALICE));
        assertEquals(List.of(bobs), chats.findByOwner(BOB));
    }

    @Test
    void givenChatsCreatedAtTheSameInstant_findByOwner_returnsLastCreatedFirst() {
        Chat first = chats.create(ALICE, HELLO, NOW);
        Chat second = chats.create(ALICE, HELLO, NOW);

        assertEquals(List.of(second, first), chats.findByOwner(ALICE));
    }

    @Test
    void givenEveryOptionalDetail_createThenFind_roundTripsThemAll() {
        ChatDetails details = new ChatDetails(
                "[{\"role\":\"user\",\"content\":\"Warum zieht mein PLA Fäden? 为什么拉丝 🧵\"}]",
                Optional.of("Elegoo Centauri Carbon 0.4 nozzle"),
                Optional.of("Elegoo PLA+ «Rot»"),
                Optional.of("0.20mm Standard @Elegoo CC"),
                Optional.of("{\"sparse_infill_density\":\"15%\",\"nozzle_temperature\":[\"215\"]}"),
                Optional.of("dislike"),
                Optional.of("Die Antwort war falsch — 答案是错的"));

        Chat created = chats.create(ALICE, details, NOW);

        assertEquals(details, chats.find(created.id()).orElseThrow().details());
    }

    @Test
    void givenNoOptionalDetail_createThenFind_keepsThemAllEmpty() {
        Chat created = chats.create(ALICE, HELLO, NOW);

        assertEquals(HELLO, chats.find(created.id()).orElseThrow().details());
    }

    @Test
    void givenMessagesOf200Kilobytes_createThenFind_returnsThemWhole() {
        String message = "{\"role\":\"user\",\"content\":\"" + "Layer shift at 12 mm, Schichtversatz ✓ ".repeat(60) + "\"}";
        String messagesJson = IntStream.range(0, 100).mapToObj(i -> message)
                .collect(Collectors.joining(",", "[", "]"));
        assertTrue(messagesJson.length() > 200_000, "the fixture is at least 200 KB");
        ChatDetails details = ChatDetails.ofMessages(messagesJson);

        Chat created = chats.create(ALICE, details, NOW);

        assertEquals(messagesJson, chats.find(created.id()).orElseThrow().details().messagesJson());
    }
}
