package dev.comptoir.orders.checkout;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionSettlementsTest {
    private static final Duration FOREVER = Duration.ofMinutes(5);

    private final SessionSettlements settlements = new SessionSettlements();

    @Test
    void aCompletionWaitingOnASessionWakesWhenItIsSettled() throws Exception {
        try (SessionSettlements.Signal signal = settlements.watch("cs_1")) {
            CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> awaitQuietly(signal, FOREVER));
            settlements.settled("cs_1");
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> waiter.get());
        }
    }

    @Test
    void everyCompletionWaitingOnTheSameSessionWakes() throws Exception {
        try (SessionSettlements.Signal first = settlements.watch("cs_1");
                SessionSettlements.Signal second = settlements.watch("cs_1")) {
            CompletableFuture<Void> waiters = CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> awaitQuietly(first, FOREVER)),
                    CompletableFuture.runAsync(() -> awaitQuietly(second, FOREVER)));
            settlements.settled("cs_1");
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> waiters.get());
        }
    }

    @Test
    void aSettlementOfAnotherSessionDoesNotWakeTheWaiter() throws Exception {
        try (SessionSettlements.Signal signal = settlements.watch("cs_1")) {
            CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> awaitQuietly(signal, FOREVER));
            settlements.settled("cs_2");
            await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> !waiter.isDone());
            settlements.settled("cs_1");
            waiter.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWaiterThatIsNeverSignalledGivesUpAfterItsTime() throws Exception {
        try (SessionSettlements.Signal signal = settlements.watch("cs_1")) {
            long start = System.nanoTime();
            signal.await(Duration.ofMillis(50));
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(50).toNanos());
        }
    }

    private static void awaitQuietly(SessionSettlements.Signal signal, Duration atMost) {
        try {
            signal.await(atMost);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
