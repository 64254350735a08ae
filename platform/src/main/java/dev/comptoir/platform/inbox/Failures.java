package dev.comptoir.platform.inbox;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells a failure that says nothing about the message (database unreachable, deadlock, lock timeout) from one that
 * may: only the second kind can make a message a dead letter.
 */
final class Failures {
    private Failures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof LockTimeoutException || cause instanceof PessimisticLockException
                    || cause instanceof QueryTimeoutException) {
                return true;
            }
            // SQLState class 08: connection exception; class 40: transaction rollback (deadlock, serialization).
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
