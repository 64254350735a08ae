package dev.comptoir.orders.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the completions waiting on a checkout session when this replica settles it, so that they read it once instead
 * of polling the database. A session settled by another replica is only seen at the waiter's next look.
 */
@ApplicationScoped
public class SessionSettlements {
    private final ConcurrentMap<String, CountDownLatch> waiting = new ConcurrentHashMap<>();

    /** The signal for a session; waiters of the same session share it. */
    Signal watch(String sessionId) {
        return new Signal(sessionId, waiting.computeIfAbsent(sessionId, id -> new CountDownLatch(1)));
    }

    void settled(String sessionId) {
        CountDownLatch latch = waiting.remove(sessionId);
        if (latch != null) {
            latch.countDown();
        }
    }

    final class Signal implements AutoCloseable {
        private final String sessionId;
        private final CountDownLatch latch;

        private Signal(String sessionId, CountDownLatch latch) {
            this.sessionId = sessionId;
            this.latch = latch;
        }

        /** Waits until the session is settled here or {@code atMost} has passed. */
        void await(Duration atMost) throws InterruptedException {
            latch.await(atMost.toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public void close() {
            waiting.remove(sessionId, latch);
        }
    }
}
