package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.port.out.SessionRepositoryContract;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {

    @Override
    protected SessionRepository newRepository() {
        return new InMemorySessionRepository();
    }
}
