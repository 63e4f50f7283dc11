package dev.slicewise.adapter.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Writes that must survive a crash of the process: what the service acknowledges to a client, and what it must
 * remember before it acts outside (the id a request charges under, before the credits system is called).
 * <p>
 * PostgreSQL makes every commit durable itself (its write-ahead log). H2 keeps commits in memory and writes its file
 * store in the background (every 500 ms by default), so a commit acknowledged before that write is lost by a
 * {@code kill -9}. On an H2 file database, {@link #write} therefore returns only after a {@code CHECKPOINT} has stored
 * every change committed before it. Writers that wait at the same time share one checkpoint (a group commit): the
 * cost is one file write per batch, not per request, and no connection is held while waiting. The checkpoint hands
 * the data to the operating system, which is what a crash of the process needs; surviving the loss of the machine
 * takes PostgreSQL.
 */
@Singleton
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class DurableCommits {

    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;
    private final boolean checkpoints;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition checkpointed = lock.newCondition();
    /** Tickets handed out, the last ticket a finished checkpoint covers, and whether one is running. */
    private long issued;
    private long covered;
    private boolean running;

    public DurableCommits(JdbcOperations jdbc, ConnectionOperations<Connection> connections,
                          @Value("${datasources.default.url}") String url) {
        this.jdbc = jdbc;
        this.connections = connections;
        this.checkpoints = keepsCommitsInMemory(url);
    }

    /** Whether the database at this JDBC URL needs a checkpoint to make a commit durable: H2, unless in memory. */
    static boolean keepsCommitsInMemory(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    /**
     * Runs {@code writes} on a connection of its own (each statement committing on its own), gives the connection
     * back, then returns once what they committed would survive a crash.
     */
    public <T> T write(Supplier<T> writes) {
        return DatabaseOutages.translating(() -> {
            T result = connections.executeWrite(status -> writes.get());
            awaitCheckpoint();
            return result;
        });
    }

    private void awaitCheckpoint() {
        if (!checkpoints) {
            return;
        }
        lock.lock();
        try {
            long ticket = ++issued;
            while (covered < ticket) {
                if (running) {
                    checkpointed.awaitUninterruptibly();
                } else {
                    checkpointAsLeader();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Called holding the lock; runs one checkpoint for every ticket issued so far, without the lock. */
    private void checkpointAsLeader() {
        running = true;
        long upTo = issued;
        boolean done = false;
        lock.unlock();
        try {
            connections.executeWrite(status -> jdbc.prepareStatement("CHECKPOINT", PreparedStatement::execute));
            done = true;
        } finally {
            lock.lock();
            running = false;
            if (done) {
                covered = Math.max(covered, upTo);
            }
            checkpointed.signalAll();
        }
    }
}
