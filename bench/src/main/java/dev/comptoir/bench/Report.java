package dev.comptoir.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a run: throughput, latency by step and end to end, errors by kind; the rate asked and achieved; the
 * machine's limits, the run's share of each, what one order costs; resource use; the chaos run's verdict.
 */
public record Report(String startedAt, double elapsedSeconds, int agents, long attempted, long confirmed,
        long failed, double confirmedPerSecond, Optional<Rate> rate, List<StepLatency> steps,
        Map<String, Long> errors, List<BaselineResult> baselines, Optional<OrderCosts> costs,
        List<LimitRatios.LimitRatio> limits, Optional<String> completeAgainstNoOp,
        Optional<ResourceTally.ResourceUse> resources, Optional<ChaosOutcome> chaos) {

    /**
     * Open loop: checkouts asked per second, started per second while they were due, and due while every agent was
     * busy.
     */
    public record Rate(double askedPerSecond, double startedPerSecond, long missedStarts) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public static Report of(RunResult run, Findings findings) {
        Map<String, Long> errors = run.errors().snapshot();
        long failed = errors.values().stream().mapToLong(Long::longValue).sum();
        double seconds = run.elapsed().toNanos() / 1e9;
        double perSecond = seconds == 0 ? 0 : round(run.confirmed() / seconds);
        List<StepLatency> steps = Arrays.stream(Step.values()).filter(Step::timed)
                .map(step -> StepLatency.of(step, run.timings().snapshot(step))).toList();
        double completeP50 = steps.stream().filter(step -> step.step().equals(Step.COMPLETE.label()))
                .mapToDouble(StepLatency::p50Ms).findFirst().orElse(0);
        return new Report(run.startedAt().toString(), round(seconds), run.agents(), run.confirmed() + failed,
                run.confirmed(), failed, perSecond,
                run.rateAsked().map(asked -> new Rate(asked, run.arrivals().isZero() ? 0
                        : round(run.started() / (run.arrivals().toNanos() / 1e9)), run.missedStarts())),
                steps, errors, findings.baselines(), findings.costs(),
                findings.costs().map(costs -> LimitRatios.of(perSecond, costs, findings.baselines()))
                        .orElse(List.of()),
                run.confirmed() == 0 ? Optional.empty()
                        : LimitRatios.latencyAgainstNoOp("complete", completeP50, findings.baselines()),
                findings.resources(), findings.chaos());
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report is always serializable", e);
        }
    }

    /** False when nothing was confirmed or a chaos run broke an invariant: the bench then exits 1. */
    public boolean passed() {
        return confirmed > 0 && chaos.map(outcome -> outcome.verdict().holds()).orElse(true);
    }

    /** The readable table printed at the end of a run and written to summary.txt. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Comptoir bench, started %s, %d agents, %.2f s%n", startedAt, agents,
                elapsedSeconds));
        text.append(String.format(Locale.ROOT, "Checkouts: %d attempted, %d confirmed, %d failed; %.2f orders/s%n",
                attempted, confirmed, failed, confirmedPerSecond));
        rate.ifPresent(r -> text.append(String.format(Locale.ROOT, "Rate: %.2f checkouts/s asked, %.2f/s started, "
                + "%d could not start on time (every agent busy)%n", r.askedPerSecond(), r.startedPerSecond(),
                r.missedStarts())));
        text.append(String.format(Locale.ROOT, "%n%-22s %7s %9s %9s %9s %9s %9s%n", "step (ms)", "count", "p50",
                "p90", "p99", "max", "mean"));
        for (StepLatency step : steps) {
            text.append(String.format(Locale.ROOT, "%-22s %7d %9.2f %9.2f %9.2f %9.2f %9.2f%n", step.step(),
                    step.count(), step.p50Ms(), step.p90Ms(), step.p99Ms(), step.maxMs(), step.meanMs()));
        }
        text.append(errors.isEmpty() ? "\nNo errors\n" : "\nErrors by kind:\n");
        errors.forEach((kind, count) -> text.append(String.format(Locale.ROOT, "  %6d  %s%n", count, kind)));
        if (!baselines.isEmpty()) {
            text.append("\nLimits of this machine (same stack, before the run; kafka = produce-to-consume round "
                    + "trips):\n");
            baselines.forEach(baseline -> text.append("  ").append(baseline.line()).append('\n'));
        }
        costs.ifPresent(c -> text.append(costsLine(c)));
        if (!limits.isEmpty() || completeAgainstNoOp.isPresent()) {
            text.append("\nShare of each limit:\n");
            limits.forEach(limit -> text.append("  ").append(limit.line()).append('\n'));
            completeAgainstNoOp.ifPresent(line -> text.append("  ").append(line).append('\n'));
        }
        resources.ifPresent(use -> text.append(resourcesText(use)));
        chaos.ifPresent(outcome -> text.append(chaosText(outcome)));
        return text.toString();
    }

    static String costsLine(OrderCosts costs) {
        return String.format(Locale.ROOT, "%nPer confirmed order: %s HTTP requests, %s database commits, %s Kafka "
                        + "records (%s application, %s __consumer_offsets)%n  (%s)%n", figure(costs.httpRequests()),
                figure(costs.databaseCommits()), figure(costs.kafkaRecords()), figure(costs.applicationRecords()),
                figure(costs.consumerOffsetRecords()), costs.note());
    }

    static String resourcesText(ResourceTally.ResourceUse use) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%nResources over %.1f s (machine: %d cores, %.1f %% busy):%n  %-14s %9s %9s %15s %12s%n",
                use.seconds(), use.machine().cores(), use.machine().busyPercent(), "process", "processes",
                "CPU s", "CPU % of 1 core", "peak RSS MB"));
        for (ResourceTally.ProcessUse process : use.processes()) {
            text.append(process.present()
                    ? String.format(Locale.ROOT, "  %-14s %9d %9.1f %15.1f %12.1f%n", process.name(),
                            process.processes(), process.cpuSeconds(), process.meanCpuPercent(),
                            process.peakRssMb())
                    : String.format(Locale.ROOT, "  %-14s absent%n", process.name()));
        }
        return text.append("  (each process's RSS is summed: PostgreSQL's shared memory counts once per backend; "
                + "more than one process of a service means more than one stack on this machine, see --pids)\n")
                .toString();
    }

    static String chaosText(ChaosOutcome outcome) {
        Invariants.Verdict verdict = outcome.verdict();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%nChaos: %d faults injected, %d retries; %d orders placed, by status %s; %d violations%n",
                outcome.faults().stream().filter(fault -> fault.pid() != 0).count(), outcome.retries(),
                verdict.orders(), verdict.byStatus(), verdict.violations().size()));
        outcome.faults().forEach(fault -> text.append("  ").append(fault.at()).append(' ')
                .append(fault.pid() == 0 ? fault.part() + " not killed (not running, or not told apart)" : "SIGKILL " + fault.part() + " pid "
                        + fault.pid()).append('\n'));
        verdict.violations().forEach(violation -> text.append("  VIOLATION ").append(violation).append('\n'));
        return text.toString();
    }

    private static String figure(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse("n/a");
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
