package dev.slicewise.application.port.in;

import dev.slicewise.domain.user.UserId;

/**
 * A user sends views of the plate and gets a printing strategy, charged once when it is delivered. The request id
 * names the request across its attempts (see {@link RunIdempotentlyUseCase}): its charge and its record carry it.
 * The user is the one the inbound adapter authenticated ({@link AuthenticateUserUseCase}).
 */
public interface AnalysePlateUseCase {

    PlateAnalysisOutcome analyse(UserId user, AnalysePlateCommand command, String requestId);
}
