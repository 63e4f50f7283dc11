package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.RateLimitCounter;
import dev.slicewise.application.port.out.RateLimitCounterContract;

class InMemoryRateLimitCounterTest extends RateLimitCounterContract {

    @Override
    protected RateLimitCounter newCounter() {
        return new InMemoryRateLimitCounter();
    }
}
