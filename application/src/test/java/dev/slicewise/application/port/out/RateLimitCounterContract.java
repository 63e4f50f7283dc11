package dev.slicewise.application.port.out;

import dev.slicewise.domain.apikey.ApiKeyId;
import dev.slicewise.domain.apikey.RateAdmission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link RateLimitCounter} must do; each implementation's test extends this class. */
public abstract class RateLimitCounterContract {

    private static final ApiKeyId KEY = new ApiKeyId(ApiKeyId.PREFIX + "a".repeat(32));
    private static final ApiKeyId OTHER = new ApiKeyId(ApiKeyId.PREFIX + "b".repeat(32));
    /** 10:30:15.5, so 45 seconds (rounded up) are left of the window. */
    private static final Instant NOW = Instant.parse("2026-12-07T10:30:15.500Z");

    private RateLimitCounter counter;

    /** A counter that has counted nothing. */
    protected abstract RateLimitCounter newCounter();

    @BeforeEach
    void createCounter() {
        counter = newCounter();
    }

    @Test
    void givenLimitOfThree_admitsThreeInAWindow_thenRefusesWithNothingRemaining() {
        assertEquals(new RateAdmission(true, 3, 2, 45), counter.admit(KEY, 3, NOW));
        assertEquals(new RateAdmission(true, 3, 1, 44), counter.admit(KEY, 3, NOW.plusSeconds(1)));
        assertEquals(new RateAdmission(true, 3, 0, 43), counter.admit(KEY, 3, NOW.plusSeconds(2)));
        assertEquals(new RateAdmission(false, 3, 0, 42), counter.admit(KEY, 3, NOW.plusSeconds(3)));
    }

    @Test
    void givenFullWindow_theNextMinuteAdmitsAgain() {
        counter.admit(KEY, 1, NOW);
        assertEquals(false, counter.admit(KEY, 1, NOW.plusSeconds(10)).admitted());

        assertEquals(new RateAdmission(true, 1, 0, 60), counter.admit(KEY, 1, Instant.parse("2026-12-07T10:31:00Z")));
    }

    @Test
    void givenTwoKeys_eachHasItsOwnCount() {
        counter.admit(KEY, 1, NOW);

        assertEquals(false, counter.admit(KEY, 1, NOW).admitted());
        assertEquals(true, counter.admit(OTHER, 1, NOW).admitted());
    }

    @Test
    void givenTwentyRequestsAtOnce_atALimitOfTen_exactlyTenAreAdmitted() throws Exception {
        List<RateAdmission> admissions = ConcurrentCalls.run(Collections.nCopies(20, NOW),
                now -> counter.admit(KEY, 10, now));

        assertEquals(10, admissions.stream().filter(RateAdmission::admitted).count(), admissions::toString);
        assertEquals(false, counter.admit(KEY, 10, NOW).admitted());
    }
}
