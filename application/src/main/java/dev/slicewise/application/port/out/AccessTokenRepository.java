package dev.slicewise.application.port.out;

import dev.slicewise.application.port.in.Registration;
import dev.slicewise.domain.user.ElegooUserId;
import dev.slicewise.domain.user.UserAccessToken;

import java.util.Optional;

/** Where registered access tokens (their hashes) are kept, one per user. */
public interface AccessTokenRepository {

    Optional<UserAccessToken> find(ElegooUserId userId);

    /** Inserts the user's token or replaces the one they had; says which. */
    Registration upsert(UserAccessToken token);
}
