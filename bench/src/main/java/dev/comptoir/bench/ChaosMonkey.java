package dev.comptoir.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Kills one part of the stack every interval with SIGKILL, each service in turn and then the broker, once each;
 * the stack launcher ({@code ./run.sh --postgres --keep-alive}) starts again whatever dies.
 */
public final class ChaosMonkey {
    static final List<String> VICTIMS = List.of("orders", "payments", "fulfillment", "notifications", "kafka");

    /** A fault injected, or attempted: {@code pid} is 0 when the part was not running or not told apart. */
    public record Fault(String at, String part, long pid) {
    }

    private final StackProcesses stack;
    private final Duration every;
    private final PrintStream log;
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private int next;

    public ChaosMonkey(StackProcesses stack, Duration every, PrintStream log) {
        this.stack = stack;
        this.every = every;
        this.log = log;
    }

    public void start() {
        timer.scheduleAtFixedRate(this::killNext, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The faults so far; none is injected after this. */
    public List<Fault> stop() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        return List.copyOf(faults);
    }

    private void killNext() {
        if (next >= VICTIMS.size()) {
            timer.shutdown();
            return;
        }
        String part = VICTIMS.get(next++);
        List<Long> pids = stack.pidsOf(part);
        Instant now = Instant.now();
        if (pids.size() != 1) {
            // with two stacks on the machine, which one is under test is unknown: kill neither
            log.println("[chaos] " + now + " " + part + (pids.isEmpty() ? " is not running"
                    : " has " + pids.size() + " processes " + pids + " (give --pids)") + ": not killed");
            faults.add(new Fault(now.toString(), part, 0));
            return;
        }
        long pid = pids.get(0);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        log.println("[chaos] " + now + " SIGKILL " + part + " (pid " + pid + ")");
        faults.add(new Fault(now.toString(), part, pid));
    }
}
