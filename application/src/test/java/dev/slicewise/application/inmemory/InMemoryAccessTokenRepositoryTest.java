package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.AccessTokenRepository;
import dev.slicewise.application.port.out.AccessTokenRepositoryContract;

class InMemoryAccessTokenRepositoryTest extends AccessTokenRepositoryContract {

    @Override
    protected AccessTokenRepository newRepository() {
        return new InMemoryAccessTokenRepository();
    }
}
