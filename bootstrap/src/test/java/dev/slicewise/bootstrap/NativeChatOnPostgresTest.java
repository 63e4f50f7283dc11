package dev.slicewise.bootstrap;

import java.util.Map;

/** The native chat on a real PostgreSQL. */
class NativeChatOnPostgresTest extends NativeChatContract {

    private int databases;

    @Override
    Map<String, Object> store() {
        return EmbeddedPostgres.newDatabase("native_chat_" + ++databases);
    }

    @Override
    TestServer start(Map<String, Object> properties) {
        return TestServer.start(withGrant(properties));
    }
}
