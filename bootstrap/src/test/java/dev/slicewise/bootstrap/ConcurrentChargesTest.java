package dev.slicewise.bootstrap;

import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The embedded ledger on H2 under parallel load: the database's conditional debit, not a lock in the JVM, keeps
 * the balance from going below zero, so exactly as many messages are answered as there were credits.
 */
class ConcurrentChargesTest {

    private static final int BALANCE = 10;
    private static final int REQUESTS = 50;

    @Test
    void givenBalanceOf10_50ParallelDifferentMessages_answers10AndRefuses40AndLeavesZero() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestServer.h2("concurrent-" + UUID.randomUUID()));
        properties.put("slicewise.credits.initial-grant", BALANCE);
        try (TestServer server = TestServer.start(properties);
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            server.register("busy", "busy-token", 3600);

            List<Future<Integer>> statuses = IntStream.range(0, REQUESTS)
                    .mapToObj(i -> clients.submit(() -> server.post(API + "chats/messages/",
                            "{\"elegoo_user_id\":\"busy\",\"access_token\":\"busy-token\",\"messages\":"
                                    + "[{\"role\":\"user\",\"content\":\"slice the model number " + i + "\"}]}").status()))
                    .toList();
            Map<Integer, Long> counts = statuses.stream().map(ConcurrentChargesTest::await)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

            assertEquals(Map.of(200, (long) BALANCE, 402, (long) (REQUESTS - BALANCE)), counts);
            UserId busy = new UserId("busy");
            assertEquals(java.util.Optional.of(Credits.NONE), server.bean(CreditAccountRepository.class).balance(busy));
            assertEquals(BALANCE, server.bean(TurnRecordRepository.class).findByUser(busy).size());
        }
    }

    private static int await(Future<Integer> status) {
        try {
            return status.get();
        } catch (Exception e) {
            throw new IllegalStateException("a parallel request failed", e);
        }
    }
}
