package dev.slicewise.application.port.out;

import dev.slicewise.domain.user.Registration;
import dev.slicewise.domain.user.UserAccessToken;
import dev.slicewise.domain.user.UserId;

import java.util.Optional;

/** Where registered access tokens (their hashes) are kept, one per user. */
public interface AccessTokenRepository {

    Optional<UserAccessToken> find(UserId userId);

    /** Inserts the user's token or replaces the one they had; says which. */
    Registration upsert(UserAccessToken token);
}
