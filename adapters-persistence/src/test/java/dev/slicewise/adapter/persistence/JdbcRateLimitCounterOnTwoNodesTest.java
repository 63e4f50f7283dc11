package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.ConcurrentCalls;
import dev.slicewise.application.port.out.RateLimitCounter;
import dev.slicewise.domain.apikey.ApiKeyId;
import dev.slicewise.domain.apikey.RateAdmission;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two nodes, each with its own context and connection pool, on one PostgreSQL database share each key's count. */
class JdbcRateLimitCounterOnTwoNodesTest {

    private static final ApiKeyId KEY = new ApiKeyId(ApiKeyId.PREFIX + "c".repeat(32));
    private static final Instant NOW = Instant.parse("2026-12-07T10:30:15Z");

    @RegisterExtension
    static final TestDatabase postgres = TestDatabase.postgres();

    @Test
    void givenTwoNodesOnOneDatabase_fortyRequestsAtOnceAtALimitOfTen_admitTenInAll() throws Exception {
        Map<String, Object> database = postgres.newDatabase();
        try (ApplicationContext firstNode = ApplicationContext.run(database);
             ApplicationContext secondNode = ApplicationContext.run(database)) {
            List<RateLimitCounter> nodes = List.of(
                    firstNode.getBean(JdbcRateLimitCounter.class), secondNode.getBean(JdbcRateLimitCounter.class));

            List<RateAdmission> admissions = ConcurrentCalls.run(IntStream.range(0, 40).boxed().toList(),
                    i -> nodes.get(i % 2).admit(KEY, 10, NOW));

            assertEquals(10, admissions.stream().filter(RateAdmission::admitted).count(), admissions::toString);
            assertEquals(false, nodes.get(0).admit(KEY, 10, NOW).admitted());
            assertEquals(false, nodes.get(1).admit(KEY, 10, NOW).admitted());
        }
    }
}
