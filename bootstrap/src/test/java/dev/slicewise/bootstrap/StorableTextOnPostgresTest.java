package dev.slicewise.bootstrap;

import java.util.Map;

class StorableTextOnPostgresTest extends StorableTextContract {

    @Override
    Map<String, Object> database() {
        return EmbeddedPostgres.newDatabase("text");
    }
}
