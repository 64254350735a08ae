package dev.comptoir.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AgentSimulatorTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void checkoutsAreDueEvenlySpreadAtTheRateAsked() {
        RatePacer pacer = new RatePacer(50);

        assertEquals(0, pacer.dueAfterNanos(0));
        assertEquals(20_000_000, pacer.dueAfterNanos(1));
        assertEquals(1_000_000_000, pacer.dueAfterNanos(50));
    }

    @Test
    void atARateAgentsCanKeepUpWithEveryCheckoutStartsOnTime() throws Exception {
        AtomicInteger ticket = new AtomicInteger();
        BenchOptions options = BenchOptions.parse("--rate", "100", "--orders", "20", "--agents", "2");

        RunResult run = new AgentSimulator(options, (sku, timings, placed) -> placed.accept("ord_"
                + ticket.incrementAndGet()), QUIET).run();

        assertEquals(20, run.started());
        assertEquals(20, run.confirmed());
        assertEquals(0, run.missedStarts());
        assertEquals(20, run.placedOrders().size());
        assertTrue(run.elapsed().toMillis() >= 190, "20 checkouts at 100/s take about 0.2 s, not less: "
                + run.elapsed());
    }

    @Test
    void checkoutsDueWhileEveryAgentIsBusyAreCountedAsMissedNotDelayed() throws Exception {
        BenchOptions options = BenchOptions.parse("--rate", "100", "--duration", "1s", "--agents", "1");

        RunResult run = new AgentSimulator(options, (sku, timings, placed) -> Thread.sleep(95), QUIET).run();

        assertTrue(run.started() >= 8 && run.started() <= 11, "one agent, 0.1 s each: about 10 in 1 s, not "
                + run.started());
        assertEquals(100, run.started() + run.missedStarts(), "every due checkout is either started or missed");
        assertTrue(run.elapsed().toMillis() < 1_300, "the run does not stretch: " + run.elapsed());
        assertEquals(1_000, run.arrivals().toMillis(), 50, "checkouts were due over the duration");
    }

    @Test
    void withoutARateEachAgentStartsItsNextCheckoutWhenTheLastEnds() throws Exception {
        BenchOptions options = BenchOptions.parse("--orders", "30", "--agents", "3");

        RunResult run = new AgentSimulator(options, (sku, timings, placed) -> {
            if (sku.equals("socks-wool")) {
                throw new StepFailure(Step.COMPLETE, "http_400 low_stock", sku);
            }
        }, QUIET).run();

        assertEquals(30, run.started());
        assertEquals(24, run.confirmed());
        assertEquals(0, run.missedStarts());
        assertEquals(List.of(), run.placedOrders());
        assertEquals(6L, run.errors().snapshot().get("complete http_400 low_stock"));
    }
}
