package dev.slicewise.bootstrap;

import java.util.Map;
import java.util.UUID;

class StorableTextOnH2Test extends StorableTextContract {

    @Override
    Map<String, Object> database() {
        return TestServer.h2("text-" + UUID.randomUUID());
    }
}
