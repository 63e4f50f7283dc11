package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.IdempotencyRecords;
import dev.slicewise.application.port.out.IdempotencyRecordsContract;

class InMemoryIdempotencyRecordsTest extends IdempotencyRecordsContract {

    @Override
    protected IdempotencyRecords newRecords() {
        return new InMemoryIdempotencyRecords();
    }
}
