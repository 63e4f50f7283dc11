package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.RunningReplies;
import dev.slicewise.application.port.out.RunningRepliesContract;

class InMemoryRunningRepliesTest extends RunningRepliesContract {

    @Override
    protected RunningReplies newReplies() {
        return new InMemoryRunningReplies();
    }
}
