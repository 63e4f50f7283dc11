package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.ApiKeyRepository;
import dev.slicewise.application.port.out.ApiKeyRepositoryContract;

class InMemoryApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    @Override
    protected ApiKeyRepository newRepository() {
        return new InMemoryApiKeyRepository();
    }
}
