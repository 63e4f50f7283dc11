package dev.slicewise.application.port.in;

import dev.slicewise.domain.user.Registration;

/** The partner registers (or renews) an end user's access token. */
public interface RegisterAccessTokenUseCase {

    Registration register(RegisterAccessTokenCommand command);
}
