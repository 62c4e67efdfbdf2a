package org.twinninglive.platform;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells a failure that means "the database is unavailable right now" (down, restarting,
 * unreachable, or its connection pool has no connection to give) from a bug, however the
 * container wrapped it: EJB and JTA wrappers, Hibernate's, the pool's, Faces' and the servlet
 * container's. Such a request changed nothing and may succeed in a few seconds, so the doors
 * answer 503 with {@code Retry-After} instead of an incident.
 */
public final class Outages {

    /** How long a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** SQL's class of connection exceptions (08001 cannot connect, 08006 connection lost…). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now and too_many_connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    /** Named, not linked: the API's and the pages' unit tests run without Hibernate. */
    private static final String HIBERNATE_CONNECTION_EXCEPTION = "org.hibernate.exception.JDBCConnectionException";
    /** Enough for any real chain; ends a pathological one. */
    private static final int MOST_LINKS = 200;

    private Outages() {
    }

    /** Whether this failure, or anything it wraps, says that the database is unavailable. */
    public static boolean databaseUnavailable(Throwable failure) {
        return evidence(failure).isPresent();
    }

    /**
     * The link of the failure's chain that says the database is unavailable (for a log line),
     * searched through causes, suppressed exceptions and the JDBC driver's next exceptions.
     */
    public static Optional<Throwable> evidence(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var next = new ArrayDeque<Throwable>();
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty() && seen.size() < MOST_LINKS) {
            Throwable link = next.poll();
            if (!seen.add(link)) {
                continue;
            }
            if (saysUnavailable(link)) {
                return Optional.of(link);
            }
            if (link.getCause() != null) {
                next.add(link.getCause());
            }
            // a commit that failed: Narayana adds the resource's failure as suppressed
            next.addAll(List.of(link.getSuppressed()));
            if (link instanceof SQLException sql && sql.getNextException() != null) {
                next.add(sql.getNextException());
            }
        }
        return Optional.empty();
    }

    private static boolean saysUnavailable(Throwable link) {
        return switch (link) {
            case DatabaseUnavailableException named -> true;
            case SQLTransientConnectionException notNow -> true;
            case SQLNonTransientConnectionException lost -> true;
            case SQLException sql -> unavailableState(sql.getSQLState());
            // IronJacamar raises plain ResourceExceptions, told apart by their codes: the pool cannot
            // hand out a connection (IJ000453), none came free within the blocking timeout (IJ000655);
            // its other ones (a transaction no longer active, IJ000459 …) are no outage
            case ResourceException pool -> pool.getMessage() != null
                    && (pool.getMessage().startsWith("IJ000453") || pool.getMessage().startsWith("IJ000655"));
            case XAException xa -> xa.errorCode == XAException.XAER_RMFAIL || xa.errorCode == XAException.XA_RBCOMMFAIL;
            default -> isA(link.getClass(), HIBERNATE_CONNECTION_EXCEPTION);
        };
    }

    private static boolean unavailableState(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith(CONNECTION_EXCEPTION_CLASS) || UNAVAILABLE_STATES.contains(sqlState));
    }

    private static boolean isA(Class<?> type, String className) {
        for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
            if (candidate.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }
}
