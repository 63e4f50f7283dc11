package dev.slicewise.application.port.in;

/**
 * A user sends views of the plate and gets a printing strategy, charged once when it is delivered. The request id
 * names the request across its attempts (see {@link RunIdempotentlyUseCase}): its charge and its record carry it.
 */
public interface AnalysePlateUseCase {

    Authenticated<PlateAnalysisOutcome> analyse(AnalysePlateCommand command, String requestId);
}
