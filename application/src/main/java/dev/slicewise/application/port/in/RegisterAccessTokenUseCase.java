package dev.slicewise.application.port.in;

/** The partner registers (or renews) an end user's access token. */
public interface RegisterAccessTokenUseCase {

    Registration register(RegisterAccessTokenCommand command);
}
