package dev.slicewise.application.port.in;

/** The readiness probe: whether this node can answer, and why not. */
public interface CheckReadinessUseCase {

    Readiness check();
}
