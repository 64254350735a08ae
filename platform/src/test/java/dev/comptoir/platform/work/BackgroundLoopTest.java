package dev.comptoir.platform.work;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundLoopTest {
    private static final Duration LONG_IDLE = Duration.ofMinutes(10);

    @Test
    void stepsFollowEachOtherAtOnceWhileThereIsWorkThenWaitForAWakeUp() throws Exception {
        AtomicInteger work = new AtomicInteger(5);
        AtomicInteger steps = new AtomicInteger();
        CountDownLatch idle = new CountDownLatch(1);
        CountDownLatch wokenUp = new CountDownLatch(1);
        BackgroundLoop loop = new BackgroundLoop("test-loop", LONG_IDLE, () -> {
            int step = steps.incrementAndGet();
            if (step == 6) {
                idle.countDown();
            }
            if (step == 7) {
                wokenUp.countDown();
            }
            return work.getAndDecrement() > 0;
        });
        loop.start();
        assertTrue(idle.await(5, TimeUnit.SECONDS), "five steps with work, then one that found none");
        await("no work: waits for the idle wait or a wake-up").during(Duration.ofMillis(200))
                .atMost(Duration.ofSeconds(2)).until(() -> steps.get() == 6);
        loop.wakeUp();
        assertTrue(wokenUp.await(5, TimeUnit.SECONDS));
        loop.stop(Duration.ofSeconds(5));
    }

    @Test
    void aFailingStepIsTriedAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch recovered = new CountDownLatch(1);
        BackgroundLoop loop = new BackgroundLoop("test-loop", LONG_IDLE, () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            recovered.countDown();
            return false;
        });
        loop.start();
        assertTrue(recovered.await(5, TimeUnit.SECONDS));
        loop.stop(Duration.ofSeconds(5));
    }

    @Test
    void stopLetsTheStepInProgressFinishAndRunsNoOther() throws Exception {
        CountDownLatch inStep = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        BackgroundLoop loop = new BackgroundLoop("test-loop", LONG_IDLE, () -> {
            started.incrementAndGet();
            inStep.countDown();
            Thread.sleep(300);
            finished.incrementAndGet();
            return true;
        });
        loop.start();
        assertTrue(inStep.await(5, TimeUnit.SECONDS));
        loop.stop(Duration.ofSeconds(5));
        assertEquals(started.get(), finished.get(), "the step in progress finished");
        int after = started.get();
        await("no step after stop").during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2))
                .until(() -> started.get() == after);
    }
}
