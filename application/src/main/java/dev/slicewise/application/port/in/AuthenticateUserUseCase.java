package dev.slicewise.application.port.in;

import dev.slicewise.domain.user.Credentials;
import dev.slicewise.domain.user.UserId;

import java.util.Optional;

/**
 * Checks a user's credentials, once per request, before the inbound adapter reads or judges anything else of it: a
 * field error would tell a stranger the form of the API. The other use cases take the user it returns as the one
 * they act for, and never see credentials.
 */
public interface AuthenticateUserUseCase {

    /** The user, when the token is theirs and has not expired. */
    Optional<UserId> authenticate(Credentials credentials);
}
