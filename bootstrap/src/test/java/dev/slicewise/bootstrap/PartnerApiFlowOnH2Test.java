package dev.slicewise.bootstrap;

import java.util.Map;
import java.util.UUID;

class PartnerApiFlowOnH2Test extends PartnerApiFlowContract {

    @Override
    Map<String, Object> database() {
        return TestServer.h2("flow-" + UUID.randomUUID());
    }
}
