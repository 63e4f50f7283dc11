package dev.slicewise.bootstrap;

import dev.slicewise.application.service.ReplyStops;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * The node's one poller of stops (ADR 0017): every {@code SLICEWISE_STREAMS_POLL_EVERY} (250 ms) it asks the store
 * once for the stops of all the replies this node streams, so that a stop that reached another node ends the stream
 * well within a second, whatever the number of streams.
 */
@Singleton
class ReplyStopsPoller {

    private static final System.Logger LOG = System.getLogger(ReplyStopsPoller.class.getName());

    private final ReplyStops stops;

    ReplyStopsPoller(ReplyStops stops) {
        this.stops = stops;
    }

    @Scheduled(fixedDelay = "${slicewise.streams.poll-every}")
    void poll() {
        try {
            stops.poll();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not poll for stopped replies; the next round tries again", e);
        }
    }
}
