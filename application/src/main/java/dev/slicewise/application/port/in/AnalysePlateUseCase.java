package dev.slicewise.application.port.in;

/** A user sends views of the plate and gets a printing strategy, charged once when it is delivered. */
public interface AnalysePlateUseCase {

    Authenticated<PlateAnalysisOutcome> analyse(AnalysePlateCommand command);
}
