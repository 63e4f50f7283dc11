package dev.slicewise.bootstrap;

import java.util.Map;

class PartnerApiFlowOnPostgresTest extends PartnerApiFlowContract {

    @Override
    Map<String, Object> database() {
        return EmbeddedPostgres.newDatabase("flow");
    }
}
