package dev.comptoir.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void databaseOutagesAndDeadlocksAreTransientWhereverTheyAreWrapped() {
        assertTrue(Failures.isTransient(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertTrue(Failures.isTransient(new IllegalStateException("commit failed",
                new RuntimeException(new SQLException("deadlock detected", "40P01")))));
        assertTrue(Failures.isTransient(new RuntimeException(new SQLTransientConnectionException("pool exhausted"))));
        assertTrue(Failures.isTransient(new PessimisticLockException("lock wait")));
    }

    @Test
    void failuresThatMayComeFromTheMessageAreNotTransient() {
        assertFalse(Failures.isTransient(new IllegalArgumentException("no such order")));
        assertFalse(Failures.isTransient(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(Failures.isTransient(new RuntimeException(new SQLException("no state"))));
    }
}
