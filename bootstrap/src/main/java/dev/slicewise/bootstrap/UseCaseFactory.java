package dev.slicewise.bootstrap;
import dev.slicewise.adapter.http.PartnerTokens;
import dev.slicewise.application.port.in.AnalysePlateUseCase;
import dev.slicewise.application.port.in.AuthenticateApiKeyUseCase;
import dev.slicewise.application.port.in.AuthenticateUserUseCase;
import dev.slicewise.application.port.in.BrowseRecordsUseCase;
import dev.slicewise.application.port.in.CreateChatUseCase;
import dev.slicewise.application.port.in.ExportStlUseCase;
import dev.slicewise.application.port.in.ListChatsUseCase;
import dev.slicewise.application.port.in.ListModelsUseCase;
import dev.slicewise.application.port.in.ManageApiKeysUseCase;
import dev.slicewise.application.port.in.ManageSessionsUseCase;
import dev.slicewise.application.port.in.RegisterAccessTokenUseCase;
import dev.slicewise.application.port.in.RunIdempotentlyUseCase;
import dev.slicewise.application.port.in.SendChatMessageUseCase;
import dev.slicewise.application.port.in.SessionChatUseCase;
import dev.slicewise.application.port.out.AccessTokenRepository;
import dev.slicewise.application.port.out.ApiKeyRepository;
import dev.slicewise.application.port.out.AssistantModel;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.application.port.out.IdGenerator;
import dev.slicewise.application.port.out.IdempotencyRecords;
import dev.slicewise.application.port.out.IntentClassifier;
import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.application.port.out.ModelCatalog;
import dev.slicewise.application.port.out.OperatorRecords;
import dev.slicewise.application.port.out.PartCodeRunner;
import dev.slicewise.application.port.out.PlateAnalyser;
import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.application.port.out.RateLimitCounter;
import dev.slicewise.application.port.out.RunningReplies;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.port.out.TroubleshootingWording;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.application.service.AnalysePlateService;
import dev.slicewise.application.service.AssistantRouting;
import dev.slicewise.application.service.AuthenticateApiKeyService;
import dev.slicewise.application.service.AuthenticateUserService;
import dev.slicewise.application.service.BrowseRecordsService;
import dev.slicewise.application.service.CreateChatService;
import dev.slicewise.application.service.ExportStlService;
import dev.slicewise.application.service.ListChatsService;
import dev.slicewise.application.service.ListModelsService;
import dev.slicewise.application.service.ManageApiKeysService;
import dev.slicewise.application.service.ManageSessionsService;
import dev.slicewise.application.service.PaidAnswers;
import dev.slicewise.application.service.PlateAnalysisRouting;
import dev.slicewise.application.service.RegisterAccessTokenService;
import dev.slicewise.application.service.RunIdempotentlyService;
import dev.slicewise.application.service.SendChatMessageService;
import dev.slicewise.application.service.ReplyStops;
import dev.slicewise.application.service.SessionChatService;
import dev.slicewise.application.service.SessionCursors;
import dev.slicewise.application.service.SessionIds;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.chat.ChatLimits;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.credits.Pricing;
import dev.slicewise.domain.user.TokenHash;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
    AuthenticateUserUseCase authenticateUser(AccessTokenRepository tokens, Clock clock) {
        return new AuthenticateUserService(tokens, clock);
    }

    @Singleton
    RegisterAccessTokenUseCase registerAccessToken(AccessTokenRepository tokens, Clock clock) {
        return new RegisterAccessTokenService(tokens, clock);
    }

    /** Keys of the native API; a key without its own limit gets {@code SLICEWISE_RATE_LIMIT_PER_MINUTE}. */
    @Singleton
    BrowseRecordsUseCase browseRecords(OperatorRecords records) {
        return new BrowseRecordsService(records);
    }

    @Singleton
    ManageApiKeysUseCase manageApiKeys(ApiKeyRepository keys, Clock clock,
                                       @Value("${slicewise.rate-limit-per-minute:60}") int defaultRateLimitPerMinute) {
        return new ManageApiKeysService(keys, clock, defaultRateLimitPerMinute);
    }

    @Singleton
    AuthenticateApiKeyUseCase authenticateApiKey(ApiKeyRepository keys, RateLimitCounter counter, Clock clock,
                                                 Metrics metrics) {
        return new AuthenticateApiKeyService(keys, counter, clock, metrics);
    }

    /** The ids of sessions and messages, for every door that makes them. */
    @Singleton
    SessionIds sessionIds() {
        return new SessionIds();
    }

    /**
     * The session list's cursors are signed with {@code SLICEWISE_CURSOR_SECRET} when it is set, else with a key
     * derived from the first partner token, so that a cursor stays valid across restarts and on every node that shares
     * the configuration, with nothing more to set.
     */
    @Singleton
    SessionCursors sessionCursors(@Value("${slicewise.cursor-secret:}") String secret, PartnerTokens partnerTokens) {
        return new SessionCursors(secret.isBlank()
                ? partnerTokens.derivedKey("session-cursor")
                : TokenHash.of(secret).hex().getBytes(StandardCharsets.US_ASCII));
    }

    @Singleton
    ManageSessionsUseCase manageSessions(SessionRepository sessions, SessionIds ids, SessionCursors cursors,
                                         Clock clock) {
        return new ManageSessionsService(sessions, ids, cursors, clock);
    }

    /** The STL export, on when {@code SLICEWISE_OPENSCAD} names OpenSCAD (the {@code openscad} runner). */
    @Singleton
    ExportStlUseCase exportStl(SessionRepository sessions, @Named("openscad") Optional<PartCodeRunner> openScad) {
        return new ExportStlService(sessions, openScad);
    }

    @Singleton
    ListModelsUseCase listModels(ModelCatalog catalog) {
        return new ListModelsService(catalog);
    }

    @Singleton
    CreateChatUseCase createChat(ChatRepository chats, Clock clock,
                                 @Value("${slicewise.chats.max-bytes:524288}") long maxChatBytes,
                                 @Value("${slicewise.chats.max-per-user:1000}") int maxChatsPerUser) {
        return new CreateChatService(chats, clock, new ChatLimits(maxChatBytes, maxChatsPerUser));
    }

    @Singleton
    ListChatsUseCase listChats(ChatRepository chats) {
        return new ListChatsService(chats);
    }

    @Singleton
    PaidAnswers paidAnswers(CreditLedger ledger, Metrics metrics) {
        return new PaidAnswers(ledger, metrics);
    }

    /**
     * The embedded engine always; the model providers in {@code llm} mode, for the turns whose intent the classifier
     * is not surer of than {@code SLICEWISE_FALLBACK_THRESHOLD}.
     */
    @Singleton
    AssistantRouting assistantRouting(@Named("embedded") AssistantModel embedded,
                                      TroubleshootingWording troubleshooting,
                                      @Named("providers") Optional<AssistantModel> providers,
                                      @Value("${slicewise.fallback-threshold:0.75}") double fallbackThreshold,
                                      Metrics metrics) {
        return new AssistantRouting(embedded, troubleshooting, providers, fallbackThreshold, metrics);
    }

    /** The embedded analysis always; a vision model when {@code SLICEWISE_VISION_MODEL} names one. */
    @Singleton
    PlateAnalysisRouting plateAnalysisRouting(@Named("embedded") PlateAnalyser embedded,
                                              @Named("vision") Optional<PlateAnalyser> vision, Metrics metrics) {
        return new PlateAnalysisRouting(embedded, vision, metrics);
    }

    /** A message costs {@code SLICEWISE_CREDITS_COST_PER_MESSAGE}, but for the intents named free. */
    @Singleton
    Pricing pricing(@Value("${slicewise.credits.cost-per-message:1}") long costPerMessage,
                    @Value("${slicewise.credits.free-intents:}") String freeIntents) {
        return new Pricing(new Credits(costPerMessage), intents(freeIntents));
    }

    @Singleton
    SendChatMessageUseCase sendChatMessage(ChatRepository chats, IntentClassifier classifier,
                                           AssistantRouting assistant, PaidAnswers paidAnswers,
                                           TurnRecordRepository turns, Clock clock, Pricing pricing,
                                           Metrics metrics) {
        return new SendChatMessageService(chats, classifier, assistant, paidAnswers, turns, clock, pricing, metrics);
    }

    @Singleton
    SessionChatUseCase sessionChat(SessionRepository sessions, IntentClassifier classifier,
                                   AssistantRouting assistant, PaidAnswers paidAnswers, TurnRecordRepository turns,
                                   PlateAnalysisRouting plateAnalysis, PlateAnalysisRecords plateRecords,
                                   SessionIds ids, ReplyStops stops, Clock clock, Pricing pricing,
                                   Metrics metrics) {
        return new SessionChatService(sessions, classifier, assistant, paidAnswers, turns, plateAnalysis,
                plateRecords, ids, stops, clock, pricing, metrics);
    }

    /** The stops of streamed replies, which are also the use case of the stop door. */
    @Singleton
    ReplyStops replyStops(RunningReplies replies, SessionRepository sessions, Clock clock) {
        return new ReplyStops(replies, sessions, clock);
    }

    /** A plate analysis costs what a message costs ({@code SLICEWISE_CREDITS_COST_PER_MESSAGE}). */
    @Singleton
    AnalysePlateUseCase analysePlate(ChatRepository chats, PlateAnalysisRouting analyser, PaidAnswers paidAnswers,
                                     PlateAnalysisRecords records, Clock clock,
                                     @Value("${slicewise.credits.cost-per-message:1}") long costPerMessage) {
        return new AnalysePlateService(chats, analyser, paidAnswers, records, clock, new Credits(costPerMessage));
    }

    @Singleton
    RunIdempotentlyUseCase runIdempotently(IdempotencyRecords records, IdGenerator ids, Clock clock,
                                           @Value("${slicewise.idempotency.lease-seconds:60}") long leaseSeconds,
                                           @Value("${slicewise.idempotency.ttl-seconds:86400}") long ttlSeconds,
                                           Metrics metrics) {
        return new RunIdempotentlyService(records, ids, clock, Duration.ofSeconds(leaseSeconds),
                Duration.ofSeconds(ttlSeconds), metrics);
    }

    /** {@code SLICEWISE_CREDITS_FREE_INTENTS}: comma-separated intent names, case-insensitive; a typo stops the start. */
    static Set<Intent> intents(String names) {
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        for (String name : names.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                intents.add(Intent.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new ConfigurationException("SLICEWISE_CREDITS_FREE_INTENTS names '" + name.strip()
                        + "'; the intents are " + Arrays.stream(Intent.values()).map(Enum::name).toList());
            }
        }
        return intents;
    }
}
