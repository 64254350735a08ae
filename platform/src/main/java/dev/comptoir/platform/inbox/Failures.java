package dev.comptoir.platform.inbox;

import dev.comptoir.platform.errors.SqlFailure;
import java.util.Set;

/**
 * Tells a failure of the database (unreachable, restarting, out of connections, deadlock, pool timeout) or another
 * dependency ({@link OutageException}) from one that the message may have caused. Only the second kind can make a
 * message a dead letter: an outage is waited out.
 */
final class Failures {
    /** SQLState classes that describe the data or the statement, not the database's health. */
    private static final Set<String> CAUSED_BY_DATA = Set.of(
            "22", // data exception: value too long, invalid format
            "23", // integrity constraint violation
            "42", // syntax error or access rule violation
            "0A", // feature not supported
            "21"); // cardinality violation

    private Failures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutageException) {
                return true;
            }
        }
        return SqlFailure.cause(failure).map(sql -> {
            String state = sql.getSQLState();
            // No SQLState: the pool (e.g. Agroal's acquisition timeout) or the driver lost the connection.
            return state == null || state.length() < 2 || !CAUSED_BY_DATA.contains(state.substring(0, 2));
        }).orElse(false);
    }
}
