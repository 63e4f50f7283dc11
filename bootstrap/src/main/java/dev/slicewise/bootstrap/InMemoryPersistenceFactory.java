package dev.slicewise.bootstrap;

import dev.slicewise.application.inmemory.InMemoryAccessTokenRepository;
import dev.slicewise.application.inmemory.InMemoryApiKeyRepository;
import dev.slicewise.application.inmemory.InMemoryChatRepository;
import dev.slicewise.application.inmemory.InMemoryCreditAccountRepository;
import dev.slicewise.application.inmemory.InMemoryDatabaseProbe;
import dev.slicewise.application.inmemory.InMemoryIdempotencyRecords;
import dev.slicewise.application.inmemory.InMemoryOperatorRecords;
import dev.slicewise.application.inmemory.InMemoryPlateAnalysisRecords;
import dev.slicewise.application.inmemory.InMemoryRateLimitCounter;
import dev.slicewise.application.inmemory.InMemoryRunningReplies;
import dev.slicewise.application.inmemory.InMemorySessionRepository;
import dev.slicewise.application.inmemory.InMemoryTurnRecordRepository;
import dev.slicewise.application.port.out.AccessTokenRepository;
import dev.slicewise.application.port.out.ApiKeyRepository;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.DatabaseProbe;
import dev.slicewise.application.port.out.IdempotencyRecords;
import dev.slicewise.application.port.out.OperatorRecords;
import dev.slicewise.application.port.out.RateLimitCounter;
import dev.slicewise.application.port.out.RunningReplies;
import dev.slicewise.application.port.out.SessionRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** {@code SLICEWISE_PERSISTENCE=memory}: everything kept in the process, gone at exit (integration tests, demos). */
@Factory
@Requires(property = "slicewise.persistence", value = "memory")
public class InMemoryPersistenceFactory {

    @Singleton
    AccessTokenRepository accessTokens() {
        return new InMemoryAccessTokenRepository();
    }

    @Singleton
    ApiKeyRepository apiKeys() {
        return new InMemoryApiKeyRepository();
    }

    @Singleton
    ChatRepository chats() {
        return new InMemoryChatRepository();
    }

    @Singleton
    CreditAccountRepository creditAccounts() {
        return new InMemoryCreditAccountRepository();
    }

    @Singleton
    DatabaseProbe databaseProbe() {
        return new InMemoryDatabaseProbe();
    }

    @Singleton
    IdempotencyRecords idempotencyRecords() {
        return new InMemoryIdempotencyRecords();
    }

    @Singleton
    OperatorRecords operatorRecords(InMemoryTurnRecordRepository turns, InMemoryPlateAnalysisRecords plates,
                                    SessionRepository sessions, ChatRepository chats) {
        return new InMemoryOperatorRecords(turns, plates, sessions, chats);
    }

    @Singleton
    InMemoryPlateAnalysisRecords plateAnalysisRecords() {
        return new InMemoryPlateAnalysisRecords();
    }

    @Singleton
    RateLimitCounter rateLimits() {
        return new InMemoryRateLimitCounter();
    }

    @Singleton
    RunningReplies runningReplies() {
        return new InMemoryRunningReplies();
    }

    @Singleton
    SessionRepository sessions() {
        return new InMemorySessionRepository();
    }

    @Singleton
    InMemoryTurnRecordRepository turnRecords() {
        return new InMemoryTurnRecordRepository();
    }
}
