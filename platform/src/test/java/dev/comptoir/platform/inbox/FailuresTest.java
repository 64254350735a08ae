package dev.comptoir.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void databaseOutagesAreTransientWhereverTheyAreWrapped() {
        assertTrue(Failures.isTransient(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertTrue(Failures.isTransient(new IllegalStateException("commit failed",
                new RuntimeException(new SQLException("deadlock detected", "40P01")))));
        assertTrue(Failures.isTransient(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(Failures.isTransient(new RuntimeException(new SQLException("the database system is starting up",
                "57P03"))));
        assertTrue(Failures.isTransient(new RuntimeException(new SQLException("too many connections", "53300"))));
        assertTrue(Failures.isTransient(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void outagesOfOtherDependenciesAreTransientToo() {
        assertTrue(Failures.isTransient(new OutageException("payment provider unreachable", null)));
        assertTrue(Failures.isTransient(new IllegalStateException("capture failed",
                new OutageException("payment provider unreachable", new java.net.ConnectException()))));
    }

    @Test
    void failuresTheMessageMayHaveCausedAreNotTransient() {
        assertFalse(Failures.isTransient(new IllegalArgumentException("no such order")));
        assertFalse(Failures.isTransient(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(Failures.isTransient(new RuntimeException(new SQLException("value too long", "22001"))));
        assertFalse(Failures.isTransient(new NullPointerException()));
    }
}
