package dev.slicewise.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of the start-up: the service is ready, where it listens and what it runs on, for example
 * {@code Slicewise ready on http://localhost:8080 (H2 ./data/slicewise, embedded assistant, ledger credits)}. The
 * database is named without user, password or URL parameters.
 */
@Singleton
class ReadyLine implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyLine.class);

    private final String setup;

    ReadyLine(@Value("${slicewise.persistence:jdbc}") String persistence,
              @Value("${datasources.default.url:}") String databaseUrl,
              @Value("${slicewise.assistant.mode:embedded}") String assistant,
              @Value("${slicewise.credits.mode:ledger}") String credits) {
        this.setup = setup(persistence, databaseUrl, assistant, credits);
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        LOG.info("Slicewise ready on {} ({})", event.getSource().getURL(), setup);
    }

    static String setup(String persistence, String databaseUrl, String assistant, String credits) {
        String database = persistence.equals("jdbc") ? database(databaseUrl) : "in-memory persistence";
        return database + ", " + assistant + " assistant, " + credits + " credits";
    }

    /** "H2 ./data/slicewise", "PostgreSQL db.example.com:5432/slicewise": the vendor and where, nothing else. */
    static String database(String url) {
        String where = url.split("[;?]", 2)[0].replaceFirst("//[^/]*@", "//");
        if (where.startsWith("jdbc:h2:file:")) {
            return "H2 " + where.substring("jdbc:h2:file:".length());
        }
        if (where.startsWith("jdbc:postgresql://")) {
            return "PostgreSQL " + where.substring("jdbc:postgresql://".length());
        }
        return where;
    }
}
