package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.StoreUnavailable;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a database outage into the ports' {@link StoreUnavailable}, in one place: every method that opens a
 * connection ({@code @Connectable}) or a transaction ({@code @Transactional}) passes here, outside the interceptor that
 * opens it (one interceptor per annotation: Micronaut binds an interceptor only where all its bindings are present),
 * and so do the writes that open their connection themselves ({@link DurableCommits}).
 * An outage is a connection that could not be had (within {@code datasources.default.connection-timeout}, Hikari's
 * wait), one that broke (SQLState class 08) or a server that shuts down or starts up (57P01 to 57P03); anything else,
 * a bug or a broken constraint, passes unchanged.
 */
final class DatabaseOutages {

    private static final Set<String> SERVER_SHUTTING_DOWN_OR_STARTING = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutages() {
    }

    @Singleton
    @InterceptorBean(Connectable.class)
    static final class OnConnections extends Translation {
    }

    @Singleton
    @InterceptorBean(Transactional.class)
    static final class OnTransactions extends Translation {
    }

    /** Outside the interceptors that open the connection or the transaction, so that their failures pass here too. */
    abstract static sealed class Translation implements MethodInterceptor<Object, Object>
            permits OnConnections, OnTransactions {

        @Override
        public Object intercept(MethodInvocationContext<Object, Object> context) {
            return translating(context::proceed);
        }

        @Override
        public int getOrder() {
            return HIGHEST_PRECEDENCE;
        }
    }

    /** Runs the work, an outage turned into {@link StoreUnavailable}. */
    static <T> T translating(Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreUnavailable outage) {
            throw outage;
        } catch (RuntimeException failure) {
            if (isOutage(failure)) {
                throw new StoreUnavailable("the database cannot be reached: " + rootMessage(failure), failure);
            }
            throw failure;
        }
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_SHUTTING_DOWN_OR_STARTING.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
