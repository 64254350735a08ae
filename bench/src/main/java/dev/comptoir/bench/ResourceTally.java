package dev.comptoir.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU and memory of each part of the stack over a run, from samples of /proc. A process first seen after the first
 * sample (a restart, a new PostgreSQL backend) started during the run: all of its CPU time counts.
 */
public final class ResourceTally {
    /** The stack's parts, in the order the report lists them. */
    public static final List<String> PARTS = List.of("orders", "payments", "fulfillment", "notifications", "kafka",
            "postgres", "bench");

    /** One process at one sample. */
    public record PidSample(long pid, long cpuTicks, long residentKilobytes) {
    }

    /**
     * One part over the run; {@code present} false when no process of it was ever found. {@code processes}: the most
     * seen at once, all summed (a PostgreSQL backend's shared memory is in the RSS of each of them).
     */
    public record ProcessUse(String name, boolean present, int processes, double cpuSeconds, double meanCpuPercent,
            double peakRssMb) {
    }

    /** The whole machine: how busy its cores were, 100 % meaning all of them all the time. */
    public record MachineUse(int cores, double busyPercent) {
    }

    public record ResourceUse(double seconds, List<ProcessUse> processes, MachineUse machine) {
    }

    private final Map<Long, Long> lastTicks = new HashMap<>();
    private final Map<String, Long> usedTicks = new HashMap<>();
    private final Map<String, Long> peakKilobytes = new HashMap<>();
    private final Map<String, Integer> mostProcesses = new HashMap<>();
    private boolean first = true;
    private ProcFiles.MachineCpu machineAtStart;
    private ProcFiles.MachineCpu machineNow;

    public void record(Map<String, List<PidSample>> processes, ProcFiles.MachineCpu machine) {
        if (machineAtStart == null) {
            machineAtStart = machine;
        }
        machineNow = machine;
        processes.forEach((name, samples) -> {
            long kilobytes = 0;
            for (PidSample sample : samples) {
                Long before = lastTicks.put(sample.pid(), sample.cpuTicks());
                long baseline = before != null ? before : first ? sample.cpuTicks() : 0;
                usedTicks.merge(name, Math.max(0, sample.cpuTicks() - baseline), Long::sum);
                kilobytes += sample.residentKilobytes();
            }
            peakKilobytes.merge(name, kilobytes, Math::max);
            mostProcesses.merge(name, samples.size(), Math::max);
        });
        first = false;
    }

    public ResourceUse result(double seconds, int cores) {
        List<ProcessUse> processes = new ArrayList<>();
        for (String name : PARTS) {
            Long ticks = usedTicks.get(name);
            if (ticks == null) {
                processes.add(new ProcessUse(name, false, 0, 0, 0, 0));
                continue;
            }
            double cpuSeconds = (double) ticks / ProcFiles.CLOCK_TICKS_PER_SECOND;
            processes.add(new ProcessUse(name, true, mostProcesses.get(name), round(cpuSeconds),
                    seconds > 0 ? round(100 * cpuSeconds / seconds) : 0,
                    round(peakKilobytes.getOrDefault(name, 0L) / 1024.0)));
        }
        double busy = 0;
        if (machineAtStart != null && machineNow.totalTicks() > machineAtStart.totalTicks()) {
            busy = 100.0 * (machineNow.busyTicks() - machineAtStart.busyTicks())
                    / (machineNow.totalTicks() - machineAtStart.totalTicks());
        }
        return new ResourceUse(round(seconds), processes, new MachineUse(cores, round(busy)));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
