package dev.slicewise.bootstrap;

import dev.slicewise.application.port.in.CreateChatUseCase;
import dev.slicewise.application.port.in.ListChatsUseCase;
import dev.slicewise.application.port.in.RegisterAccessTokenUseCase;
import dev.slicewise.application.port.in.SendChatMessageUseCase;
import dev.slicewise.application.port.out.AccessTokenRepository;
import dev.slicewise.application.port.out.AssistantModel;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.application.port.out.IdGenerator;
import dev.slicewise.application.port.out.IntentClassifier;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.application.service.CreateChatService;
import dev.slicewise.application.service.CredentialsCheck;
import dev.slicewise.application.service.ListChatsService;
import dev.slicewise.application.service.RegisterAccessTokenService;
import dev.slicewise.application.service.SendChatMessageService;
import dev.slicewise.domain.credits.Credits;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/** Builds the framework-free use cases from the ports' adapters. */
@Factory
public class UseCaseFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    IdGenerator idGenerator() {
        return () -> UUID.randomUUID().toString();
    }

    @Singleton
    CredentialsCheck credentialsCheck(AccessTokenRepository tokens, Clock clock) {
        return new CredentialsCheck(tokens, clock);
    }

    @Singleton
    RegisterAccessTokenUseCase registerAccessToken(AccessTokenRepository tokens, Clock clock) {
        return new RegisterAccessTokenService(tokens, clock);
    }

    @Singleton
    CreateChatUseCase createChat(CredentialsCheck credentials, ChatRepository chats, Clock clock) {
        return new CreateChatService(credentials, chats, clock);
    }

    @Singleton
    ListChatsUseCase listChats(CredentialsCheck credentials, ChatRepository chats) {
        return new ListChatsService(credentials, chats);
    }

    @Singleton
    SendChatMessageUseCase sendChatMessage(CredentialsCheck credentials, ChatRepository chats,
                                           IntentClassifier classifier, AssistantModel assistant, CreditLedger ledger,
                                           TurnRecordRepository turns, IdGenerator ids, Clock clock,
                                           @Value("${slicewise.credits.cost-per-message:1}") long costPerMessage) {
        return new SendChatMessageService(credentials, chats, classifier, assistant, ledger, turns, ids, clock,
                new Credits(costPerMessage));
    }
}
