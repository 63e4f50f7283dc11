package dev.slicewise.bootstrap;

import java.util.Map;

/** The native chat on H2, as the jar runs by default. */
class NativeChatOnH2Test extends NativeChatContract {

    private int databases;

    @Override
    Map<String, Object> store() {
        return TestServer.h2("native-chat-" + ++databases);
    }

    @Override
    TestServer start(Map<String, Object> properties) {
        return TestServer.start(withGrant(properties));
    }
}
