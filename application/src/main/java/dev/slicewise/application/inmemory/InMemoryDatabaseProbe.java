package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.DatabaseProbe;

/** The in-memory store lives in the process: it is reachable while the process runs. */
public final class InMemoryDatabaseProbe implements DatabaseProbe {

    @Override
    public void touch() {
        // nothing to reach: the store is this process's memory
    }
}
