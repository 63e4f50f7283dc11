package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.OperatorRecords;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.record.PageRequest;
import dev.slicewise.domain.record.RecordFeedback;
import dev.slicewise.domain.record.RecordFilter;
import dev.slicewise.domain.record.RecordPage;
import dev.slicewise.domain.record.RecordPeriod;
import dev.slicewise.domain.record.RecordRow;
import dev.slicewise.domain.record.Usage;
import dev.slicewise.domain.record.UsageGroup;
import dev.slicewise.domain.session.Feedback;
import dev.slicewise.domain.session.Rating;
import dev.slicewise.domain.turn.Api;
import dev.slicewise.domain.turn.Exchange;
import dev.slicewise.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The operator's records made from the in-memory turn and plate analysis records, with the feedback of the kept native
 * answers and of the partner chats as it is now. Rows are numbered in the order each store kept them, as the database
 * numbers them, and ordered as the database orders them.
 */
public final class InMemoryOperatorRecords implements OperatorRecords {

    /** By time, then a turn before a plate analysis, then by number: the database's order. */
    private static final Comparator<RecordRow> OLDEST_FIRST = Comparator.comparing(RecordRow::createdAt)
            .thenComparing(row -> row.id().startsWith("plate_"))
            .thenComparingLong(row -> Long.parseLong(row.id().substring(row.id().indexOf('_') + 1)));

    private final InMemoryTurnRecordRepository turns;
    private final InMemoryPlateAnalysisRecords plates;
    private final SessionRepository sessions;
    private final ChatRepository chats;

    public InMemoryOperatorRecords(InMemoryTurnRecordRepository turns, InMemoryPlateAnalysisRecords plates,
                                   SessionRepository sessions, ChatRepository chats) {
        this.turns = turns;
        this.plates = plates;
        this.sessions = sessions;
        this.chats = chats;
    }

    @Override
    public RecordPage page(RecordFilter filter, PageRequest page) {
        List<RecordRow> admitted = rows().filter(filter::admits).sorted(OLDEST_FIRST.reversed()).toList();
        return new RecordPage(admitted.size(), admitted.stream().skip(page.offset()).limit(page.size()).toList());
    }

    @Override
    public long count(RecordFilter filter) {
        return rows().filter(filter::admits).count();
    }

    @Override
    public void export(RecordFilter filter, Consumer<RecordRow> each) {
        rows().filter(filter::admits).sorted(OLDEST_FIRST).forEach(each);
    }

    @Override
    public List<Usage> usage(RecordPeriod period, UsageGroup group) {
        Function<RecordRow, String> key = switch (group) {
            case DAY -> row -> row.createdAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
            case KEY -> row -> row.key().orElse(null);
            case USER -> row -> row.user().orElse(null);
            case MODEL -> RecordRow::modelUsed;
        };
        Map<Optional<String>, List<RecordRow>> groups = new TreeMap<>(
                Comparator.comparing((Optional<String> name) -> name.orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder())));
        rows().filter(row -> period.covers(row.createdAt()))
                .forEach(row -> groups.computeIfAbsent(Optional.ofNullable(key.apply(row)), g -> new ArrayList<>())
                        .add(row));
        return groups.entrySet().stream().map(entry -> sum(entry.getKey(), entry.getValue())).toList();
    }

    private static Usage sum(Optional<String> group, List<RecordRow> rows) {
        return new Usage(group, rows.size(), rows.stream().mapToLong(RecordRow::promptTokens).sum(),
                rows.stream().mapToLong(RecordRow::completionTokens).sum(),
                rows.stream().mapToLong(RecordRow::credits).sum(),
                rows.stream().filter(RecordRow::fallbackEmbedded).count(),
                rows.stream().filter(RecordRow::fellBack).count());
    }

    private Stream<RecordRow> rows() {
        var turnRecords = turns.all();
        var plateRecords = plates.all();
        return Stream.concat(
                IntStream.range(0, turnRecords.size()).mapToObj(i -> {
                    var turn = turnRecords.get(i);
                    return row("turn_" + (i + 1), turn.user(), turn.chatId(), turn.intent().name()
                                    .toLowerCase(Locale.ROOT), turn.charged(), turn.latency(), turn.language(),
                            turn.answeredAt(), turn.provenance(), turn.exchange());
                }),
                IntStream.range(0, plateRecords.size()).mapToObj(i -> {
                    var plate = plateRecords.get(i);
                    return row("plate_" + (i + 1), plate.user(), plate.chatId(), RecordRow.PLATE_ANALYSIS,
                            plate.charged(), plate.latency(), plate.language(), plate.answeredAt(),
                            plate.provenance(), plate.exchange());
                }));
    }

    private RecordRow row(String id, UserId owner, Optional<ChatId> chatId, String intent, Credits charged,
                          Duration latency, Language language, Instant at, Provenance provenance,
                          Exchange exchange) {
        boolean partner = exchange.api() == Api.PARTNER;
        return new RecordRow(id, at, exchange.api(), partner ? Optional.empty() : Optional.of(owner.value()),
                partner ? Optional.of(owner.value()) : exchange.endUser(),
                partner ? chatId.map(chat -> String.valueOf(chat.value())) : exchange.sessionId()
                        .map(session -> session.value()),
                exchange.userMessage(), exchange.botMessage(), intent, RecordRow.sourceOf(provenance.provider()),
                provenance.model(), provenance.promptTokens(), provenance.completionTokens(), charged.amount(),
                latency.toMillis(), language, provenance.fellBack(),
                partner ? chatId.flatMap(this::chatFeedback) : answerFeedback(owner, exchange));
    }

    private Optional<RecordFeedback> answerFeedback(UserId owner, Exchange exchange) {
        return exchange.answerId().flatMap(id -> sessions.message(owner, id)).flatMap(message -> message.feedback())
                .filter(feedback -> feedback.rating().isPresent() || feedback.comment().isPresent())
                .map(InMemoryOperatorRecords::feedback);
    }

    private static RecordFeedback feedback(Feedback feedback) {
        return new RecordFeedback(feedback.rating().map(Rating::wireName), feedback.comment());
    }

    private Optional<RecordFeedback> chatFeedback(ChatId id) {
        return chats.find(id).map(chat -> chat.details())
                .filter(details -> details.userFeedback().isPresent() || details.userFeedbackText().isPresent())
                .map(InMemoryOperatorRecords::feedback);
    }

    private static RecordFeedback feedback(ChatDetails details) {
        return new RecordFeedback(details.userFeedback(), details.userFeedbackText());
    }
}
