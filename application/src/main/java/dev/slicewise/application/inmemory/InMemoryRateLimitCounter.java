package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.RateLimitCounter;
import dev.slicewise.domain.apikey.ApiKeyId;
import dev.slicewise.domain.apikey.RateAdmission;
import dev.slicewise.domain.apikey.RateWindow;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryRateLimitCounter implements RateLimitCounter {

    private record Count(RateWindow window, int used) {
    }

    private final Map<ApiKeyId, Count> counts = new ConcurrentHashMap<>();

    @Override
    public RateAdmission admit(ApiKeyId key, int limit, Instant now) {
        RateWindow window = RateWindow.at(now);
        boolean[] admitted = new boolean[1];
        Count count = counts.compute(key, (ignored, previous) -> {
            int used = previous == null || !previous.window().equals(window) ? 0 : previous.used();
            admitted[0] = used < limit;
            return new Count(window, admitted[0] ? used + 1 : used);
        });
        return window.admission(admitted[0], limit, count.used(), now);
    }
}
