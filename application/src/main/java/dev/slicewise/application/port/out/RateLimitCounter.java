package dev.slicewise.application.port.out;

import dev.slicewise.domain.apikey.ApiKeyId;
import dev.slicewise.domain.apikey.RateAdmission;

import java.time.Instant;

/**
 * Counts each key's requests in fixed one-minute windows. The count is shared by every node that shares the store:
 * of any number of requests made at once, exactly {@code limit} per window are admitted.
 */
public interface RateLimitCounter {

    /** Counts one request of the key at {@code now} when it is within {@code limit}; says whether it was. */
    RateAdmission admit(ApiKeyId key, int limit, Instant now);
}
