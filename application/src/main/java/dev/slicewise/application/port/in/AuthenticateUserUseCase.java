package dev.slicewise.application.port.in;

import dev.slicewise.domain.user.Credentials;
import dev.slicewise.domain.user.ElegooUserId;

import java.util.Optional;

/**
 * Checks a user's credentials on their own, so that an endpoint refuses a stranger (401) before it reads or judges
 * anything else of the request: a field error would tell a stranger the form of the API. The use cases check the
 * credentials again themselves.
 */
public interface AuthenticateUserUseCase {

    /** The user, when the token is theirs and has not expired. */
    Optional<ElegooUserId> authenticate(Credentials credentials);
}
