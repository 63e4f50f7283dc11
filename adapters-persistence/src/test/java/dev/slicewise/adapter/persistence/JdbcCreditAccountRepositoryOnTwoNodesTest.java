package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.ConcurrentCalls;
import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.CreditAccountRepository.Debit;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two nodes, each with its own context and connection pool, on one PostgreSQL database: a scaled-out deployment. */
class JdbcCreditAccountRepositoryOnTwoNodesTest {

    private static final UserId ALICE = new UserId("alice");
    private static final Credits ONE = new Credits(1);
    private static final Credits GRANT = new Credits(10);

    @RegisterExtension
    static final TestDatabase postgres = TestDatabase.postgres();

    @Test
    void givenTwoNodesOnOneDatabase_fiftyConcurrentDebitsOfOne_succeedOnlyTenTimesInAll() throws Exception {
        Map<String, Object> database = postgres.newDatabase();
        try (ApplicationContext firstNode = ApplicationContext.run(database);
             ApplicationContext secondNode = ApplicationContext.run(database)) {
            List<CreditAccountRepository> nodes = List.of(
                    firstNode.getBean(JdbcCreditAccountRepository.class),
                    secondNode.getBean(JdbcCreditAccountRepository.class));
            List<Integer> requests = IntStream.range(0, 50).boxed().toList();

            List<Debit> outcomes = ConcurrentCalls.run(requests,
                    i -> nodes.get(i % 2).debit(ALICE, ONE, GRANT, "request-" + i));

            assertEquals(10, outcomes.stream().filter(Debit.Done.class::isInstance).count());
            assertEquals(Optional.of(Credits.NONE), nodes.get(0).balance(ALICE));
            assertEquals(Optional.of(Credits.NONE), nodes.get(1).balance(ALICE));
        }
    }
}
