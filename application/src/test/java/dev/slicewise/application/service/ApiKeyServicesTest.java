package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemoryApiKeyRepository;
import dev.slicewise.application.inmemory.InMemoryMetrics;
import dev.slicewise.application.inmemory.InMemoryRateLimitCounter;
import dev.slicewise.application.port.in.AuthenticateApiKeyUseCase.Admitted;
import dev.slicewise.application.port.in.AuthenticateApiKeyUseCase.KeyAdmission;
import dev.slicewise.application.port.in.AuthenticateApiKeyUseCase.Limited;
import dev.slicewise.application.port.in.AuthenticateApiKeyUseCase.Unknown;
import dev.slicewise.application.port.in.ManageApiKeysUseCase.IssuedApiKey;
import dev.slicewise.application.port.in.ManageApiKeysUseCase.NewApiKey;
import dev.slicewise.domain.apikey.RateAdmission;
import dev.slicewise.domain.user.TokenHash;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeyServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:30:00Z");

    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ManageApiKeysService manage = new ManageApiKeysService(keys, clock, 60);
    private final AuthenticateApiKeyService authenticate =
            new AuthenticateApiKeyService(keys, new InMemoryRateLimitCounter(), clock, new InMemoryMetrics());

    @Test
    void issue_givesASecretThatIsKeptOnlyAsItsHash_andTheDefaultLimit() {
        IssuedApiKey issued = manage.issue(new NewApiKey("workshop-app", OptionalInt.empty()));

        assertTrue(issued.secret().matches("sw_[A-Za-z0-9_-]{43}"), issued.secret());
        assertTrue(issued.key().id().value().matches("key_[0-9a-f]{32}"));
        assertEquals(TokenHash.of(issued.secret()), issued.key().secretHash());
        assertEquals(60, issued.key().rateLimitPerMinute());
        assertEquals(NOW, issued.key().createdAt());
        assertEquals(List.of(issued.key()), manage.list());
    }

    @Test
    void twoIssuedKeys_haveDifferentIdsAndSecrets() {
        IssuedApiKey first = manage.issue(new NewApiKey("a", OptionalInt.of(5)));
        IssuedApiKey second = manage.issue(new NewApiKey("a", OptionalInt.of(5)));

        assertNotEquals(first.key().id(), second.key().id());
        assertNotEquals(first.secret(), second.secret());
    }

    @Test
    void admit_givesTheKeysOwner_countsTheRequest_andMarksTheKeyUsed() {
        IssuedApiKey issued = manage.issue(new NewApiKey("app", OptionalInt.of(2)));

        KeyAdmission admission = authenticate.admit(issued.secret());

        assertEquals(new Admitted(new UserId(issued.key().id().value()), new RateAdmission(true, 2, 1, 60)), admission);
        assertEquals(Optional.of(NOW), manage.list().getFirst().lastUsedAt());
    }

    @Test
    void admit_overTheLimit_isLimited() {
        IssuedApiKey issued = manage.issue(new NewApiKey("app", OptionalInt.of(1)));
        authenticate.admit(issued.secret());

        assertEquals(new Limited(new RateAdmission(false, 1, 0, 60)), authenticate.admit(issued.secret()));
    }

    @Test
    void admit_ofAnUnknownBlankOrRevokedSecret_isUnknown() {
        IssuedApiKey issued = manage.issue(new NewApiKey("app", OptionalInt.empty()));

        assertInstanceOf(Unknown.class, authenticate.admit("sw_not-a-key"));
        assertInstanceOf(Unknown.class, authenticate.admit(" "));
        assertTrue(manage.revoke(issued.key().id()));
        assertInstanceOf(Unknown.class, authenticate.admit(issued.secret()));
        assertFalse(manage.revoke(issued.key().id()));
    }
}
