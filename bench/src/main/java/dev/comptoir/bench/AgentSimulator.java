package dev.comptoir.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** N agents, each running checkouts back to back until the orders are all taken or the time is up. */
public final class AgentSimulator {
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    private final BenchOptions options;
    private final CheckoutFlow flow;
    private final PrintStream progress;

    public AgentSimulator(BenchOptions options, CheckoutFlow flow, PrintStream progress) {
        this.options = options;
        this.flow = flow;
        this.progress = progress;
    }

    public RunResult run() throws InterruptedException {
        StepTimings timings = new StepTimings();
        ErrorCounts errors = new ErrorCounts();
        AtomicLong tickets = new AtomicLong();
        AtomicLong confirmed = new AtomicLong();
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        long deadline = options.duration().map(d -> start + d.toNanos()).orElse(Long.MAX_VALUE);

        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> progress.println(ProgressLine.format(confirmed.get(), errors.total(),
                        options.orders(), Duration.ofNanos(System.nanoTime() - start), options.duration())),
                PROGRESS_EVERY.toMillis(), PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        ExecutorService agents = Executors.newFixedThreadPool(options.agents());
        List<Future<?>> running = new ArrayList<>();
        for (int agent = 0; agent < options.agents(); agent++) {
            running.add(agents.submit(() -> {
                long ticket;
                while ((ticket = tickets.getAndIncrement()) < options.orders().orElse(Integer.MAX_VALUE)
                        && System.nanoTime() < deadline) {
                    String sku = options.skus().get((int) (ticket % options.skus().size()));
                    try {
                        flow.run(sku, timings);
                        confirmed.incrementAndGet();
                    } catch (StepFailure failure) {
                        errors.record(failure);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> agent : running) {
                agent.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("An agent crashed", e.getCause());
        } finally {
            agents.shutdownNow();
            ticker.shutdownNow();
        }
        return new RunResult(startedAt, Duration.ofNanos(System.nanoTime() - start), options.agents(),
                confirmed.get(), timings, errors);
    }
}
