package dev.comptoir.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the stack's processes from /proc every second while the main run goes. The processes are found again at
 * every sample, so a restarted service is followed under its new pid.
 */
public final class ResourceSampler {
    private final StackProcesses stack;
    private final ResourceTally tally = new ResourceTally();
    private final ScheduledExecutorService every = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "resource-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private long startNanos;

    public ResourceSampler(StackProcesses stack) {
        this.stack = stack;
    }

    public void start() {
        startNanos = System.nanoTime();
        every.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    public ResourceTally.ResourceUse stop() throws InterruptedException {
        every.shutdown();
        every.awaitTermination(5, TimeUnit.SECONDS);
        sample();
        return tally.result((System.nanoTime() - startNanos) / 1e9, Runtime.getRuntime().availableProcessors());
    }

    private synchronized void sample() {
        Map<String, List<ResourceTally.PidSample>> samples = new HashMap<>();
        stack.find().forEach((pid, name) -> read(pid)
                .ifPresent(sample -> samples.computeIfAbsent(name, n -> new ArrayList<>()).add(sample)));
        tally.record(samples, ProcFiles.machineCpu(ProcFiles.read(ProcFiles.PROC.resolve("stat"))));
    }

    /** Empty when the process ended between the listing and the reading. */
    private static Optional<ResourceTally.PidSample> read(long pid) {
        Path dir = ProcFiles.PROC.resolve(Long.toString(pid));
        String stat = ProcFiles.read(dir.resolve("stat"));
        if (stat.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResourceTally.PidSample(pid, ProcFiles.cpuTicks(stat),
                ProcFiles.residentKilobytes(ProcFiles.read(dir.resolve("status")))));
    }
}
