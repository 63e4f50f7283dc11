package dev.slicewise.bootstrap;

import java.util.Map;

/** The native chat on the in-memory adapters. */
class NativeChatInMemoryTest extends NativeChatContract {

    @Override
    Map<String, Object> store() {
        return Map.of();
    }

    @Override
    TestServer start(Map<String, Object> properties) {
        return TestServer.inMemory(withGrant(properties));
    }
}
