package dev.slicewise.application.port.out;

import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.chat.ChatPage;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link ChatRepository} must do; each implementation's test extends this class. */
public abstract class ChatRepositoryContract {

    private static final UserId ALICE = new UserId("alice");
    private static final UserId BOB = new UserId("bob");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123456Z");
    private static final ChatDetails HELLO = ChatDetails.ofMessages("[{\"role\":\"user\",\"content\":\"hello\"}]");

    private ChatRepository chats;

    /** A repository holding no chats. */
    protected abstract ChatRepository newRepository();

    @BeforeEach
    void createRepository() {
        chats = newRepository();
    }

    /** A chat of an owner far from the limit. */
    private Chat create(UserId owner, ChatDetails details, Instant now) {
        return chats.create(owner, details, now, 1_000).orElseThrow();
    }

    @Test
    void givenNewChat_create_returnsItWithOwnerDetailsAndBothTimestampsAtNow() {
        Chat chat = create(ALICE, HELLO, NOW);

        assertEquals(ALICE, chat.owner());
        assertEquals(HELLO, chat.details());
        assertEquals(NOW, chat.createdAt());
        assertEquals(NOW, chat.updatedAt());
    }

    @Test
    void givenSeveralChats_create_givesUniqueIncreasingIds() {
        List<Long> ids = IntStream.range(0, 5)
                .mapToObj(i -> create(i % 2 == 0 ? ALICE : BOB, HELLO, NOW).id().value())
                .toList();

        assertEquals(ids.stream().sorted().distinct().toList(), ids);
    }

    @Test
    void givenCreatedChat_find_returnsEqualChat() {
        Chat created = create(ALICE, HELLO, NOW);

        assertEquals(Optional.of(created), chats.find(created.id()));
    }

    @Test
    void givenUnknownId_find_returnsEmpty() {
        Chat created = create(ALICE, HELLO, NOW);

        assertEquals(Optional.empty(), chats.find(new ChatId(created.id().value() + 1000)));
    }

    @Test
    void givenUserWithoutChats_findByOwner_returnsEmptyList() {
        create(BOB, HELLO, NOW);

        assertEquals(List.of(), chats.findByOwner(ALICE, ChatPage.newest()));
    }

    @Test
    void givenChatsOfTwoUsers_findByOwner_returnsOnlyTheOwnersChatsNewestFirst() {
        Chat oldest = create(ALICE, HELLO, NOW.minusSeconds(120));
        Chat bobs = create(BOB, HELLO, NOW.minusSeconds(60));
        Chat newest = create(ALICE, HELLO, NOW.plusSeconds(60));
        Chat middle = create(ALICE, HELLO, NOW);

        assertEquals(List.of(newest, middle, oldest), chats.findByOwner(ALICE, ChatPage.newest()));
        assertEquals(List.of(bobs), chats.findByOwner(BOB, ChatPage.newest()));
    }

    @Test
    void givenChatsCreatedAtTheSameInstant_findByOwner_returnsLastCreatedFirst() {
        Chat first = create(ALICE, HELLO, NOW);
        Chat second = create(ALICE, HELLO, NOW);

        assertEquals(List.of(second, first), chats.findByOwner(ALICE, ChatPage.newest()));
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

        Chat created = create(ALICE, details, NOW);

        assertEquals(details, chats.find(created.id()).orElseThrow().details());
    }

    @Test
    void givenNoOptionalDetail_createThenFind_keepsThemAllEmpty() {
        Chat created = create(ALICE, HELLO, NOW);

        assertEquals(HELLO, chats.find(created.id()).orElseThrow().details());
    }

    @Test
    void givenMessagesOf200Kilobytes_createThenFind_returnsThemWhole() {
        String message = "{\"role\":\"user\",\"content\":\"" + "Layer shift at 12 mm, Schichtversatz ✓ ".repeat(60) + "\"}";
        String messagesJson = IntStream.range(0, 100).mapToObj(i -> message)
                .collect(Collectors.joining(",", "[", "]"));
        assertTrue(messagesJson.length() > 200_000, "the fixture is at least 200 KB");
        ChatDetails details = ChatDetails.ofMessages(messagesJson);

        Chat created = create(ALICE, details, NOW);

        assertEquals(messagesJson, chats.find(created.id()).orElseThrow().details().messagesJson());
    }

    @Test
    void givenAnOwnerAtTheLimit_create_storesNothing_andOtherOwnersStillCan() {
        for (int i = 0; i < 3; i++) {
            assertTrue(chats.create(ALICE, HELLO, NOW, 3).isPresent());
        }

        assertEquals(Optional.empty(), chats.create(ALICE, HELLO, NOW, 3));
        assertEquals(3, chats.findByOwner(ALICE, ChatPage.newest()).size());
        assertTrue(chats.create(BOB, HELLO, NOW, 3).isPresent());
    }

    @Test
    void givenMoreChatsThanAPage_findByOwner_returnsTheNewestOnes() {
        List<Chat> created = IntStream.range(0, 5).mapToObj(i -> create(ALICE, HELLO, NOW.plusSeconds(i))).toList();

        assertEquals(List.of(created.get(4), created.get(3)), chats.findByOwner(ALICE, new ChatPage(2, Optional.empty())));
    }

    @Test
    void givenTheLastChatOfEachPage_findByOwner_walksAllChatsNewestFirstOnce_tiesIncluded() {
        List<Chat> created = List.of(create(ALICE, HELLO, NOW.minusSeconds(60)), create(ALICE, HELLO, NOW),
                create(ALICE, HELLO, NOW), create(ALICE, HELLO, NOW), create(ALICE, HELLO, NOW.plusSeconds(60)));
        create(BOB, HELLO, NOW);

        List<Chat> walked = new ArrayList<>();
        List<Chat> page = chats.findByOwner(ALICE, new ChatPage(2, Optional.empty()));
        while (!page.isEmpty()) {
            walked.addAll(page);
            page = chats.findByOwner(ALICE, new ChatPage(2, Optional.of(page.getLast().id())));
        }

        assertEquals(List.of(created.get(4), created.get(3), created.get(2), created.get(1), created.get(0)), walked);
    }

    @Test
    void givenABeforeIdThatIsNotOneOfTheOwnersChats_findByOwner_returnsAnEmptyPage() {
        create(ALICE, HELLO, NOW);
        Chat bobs = create(BOB, HELLO, NOW.plusSeconds(60));

        assertEquals(List.of(), chats.findByOwner(ALICE, new ChatPage(10, Optional.of(bobs.id()))));
        assertEquals(List.of(), chats.findByOwner(ALICE, new ChatPage(10, Optional.of(new ChatId(bobs.id().value() + 100)))));
    }
}
