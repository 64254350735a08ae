package dev.comptoir.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * N agents running checkouts until the orders are all taken or the time is up: back to back (closed loop), or, with
 * a rate, started on a schedule (open loop) with at most N in flight.
 */
public final class AgentSimulator {
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    /** One checkout of one item, as {@link CheckoutFlow#run} does it. */
    @FunctionalInterface
    public interface Checkout {
        void run(String sku, StepTimings timings, Consumer<String> placedOrders)
                throws StepFailure, InterruptedException;
    }

    private final BenchOptions options;
    private final Checkout checkout;
    private final PrintStream progress;
    private final StepTimings timings = new StepTimings();
    private final ErrorCounts errors = new ErrorCounts();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong confirmed = new AtomicLong();
    private final ConcurrentLinkedQueue<String> placedOrders = new ConcurrentLinkedQueue<>();
    private final Semaphore idleAgents;

    public AgentSimulator(BenchOptions options, Checkout checkout, PrintStream progress) {
        this.options = options;
        this.checkout = checkout;
        this.progress = progress;
        this.idleAgents = new Semaphore(options.agents());
    }

    public RunResult run() throws InterruptedException {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        long deadline = options.duration().map(d -> start + d.toNanos()).orElse(Long.MAX_VALUE);
        long orders = options.orders().orElse(Integer.MAX_VALUE);

        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> progress.println(ProgressLine.format(confirmed.get(), errors.total(),
                        options.orders(), Duration.ofNanos(System.nanoTime() - start), options.duration())),
                PROGRESS_EVERY.toMillis(), PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        ExecutorService agents = Executors.newFixedThreadPool(options.agents());
        long missed = 0;
        long arrivalsEnd;
        try {
            if (options.rate().isPresent()) {
                missed = openLoop(agents, new RatePacer(options.rate().get()), start, deadline, orders);
                arrivalsEnd = Math.min(deadline, System.nanoTime());
                idleAgents.acquire(options.agents());
            } else {
                closedLoop(agents, deadline, orders);
                arrivalsEnd = System.nanoTime();
            }
        } finally {
            agents.shutdownNow();
            ticker.shutdownNow();
        }
        return new RunResult(startedAt, Duration.ofNanos(System.nanoTime() - start), options.agents(),
                confirmed.get(), timings, errors, options.rate(), started.get(), missed,
                Duration.ofNanos(arrivalsEnd - start), List.copyOf(placedOrders));
    }

    private void closedLoop(ExecutorService agents, long deadline, long orders) throws InterruptedException {
        AtomicLong tickets = new AtomicLong();
        List<Future<?>> running = new ArrayList<>();
        for (int agent = 0; agent < options.agents(); agent++) {
            running.add(agents.submit(() -> {
                long ticket;
                while ((ticket = tickets.getAndIncrement()) < orders && System.nanoTime() < deadline) {
                    checkoutOnce(ticket);
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
        }
    }

    /** Returns the checkouts that were due while every agent was busy, once the last one was due. */
    private long openLoop(ExecutorService agents, RatePacer pacer, long start, long deadline, long orders)
            throws InterruptedException {
        long missed = 0;
        for (long ticket = 0; ticket < orders; ticket++) {
            long due = start + pacer.dueAfterNanos(ticket);
            if (due >= deadline) {
                break;
            }
            for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                LockSupport.parkNanos(wait);
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (!idleAgents.tryAcquire()) {
                missed++;
                continue;
            }
            long thisTicket = ticket;
            agents.execute(() -> {
                try {
                    checkoutOnce(thisTicket);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                } finally {
                    idleAgents.release();
                }
            });
        }
        return missed;
    }

    private void checkoutOnce(long ticket) throws InterruptedException {
        String sku = options.skus().get((int) (ticket % options.skus().size()));
        started.incrementAndGet();
        try {
            checkout.run(sku, timings, placedOrders::add);
            confirmed.incrementAndGet();
        } catch (StepFailure failure) {
            errors.record(failure);
        }
    }
}
