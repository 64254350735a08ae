package dev.comptoir.platform.errors;

import java.sql.SQLException;
import java.util.Optional;

/** The SQLException behind a failure, however deeply JTA, Hibernate or Arc wrapped it. */
public final class SqlFailure {
    private SqlFailure() {
    }

    public static Optional<SQLException> cause(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
