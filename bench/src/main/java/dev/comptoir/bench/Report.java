package dev.comptoir.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of a run: throughput, latency by step and end to end, errors by kind. */
public record Report(String startedAt, double elapsedSeconds, int agents, long attempted, long confirmed,
        long failed, double confirmedPerSecond, List<StepLatency> steps, Map<String, Long> errors) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public static Report of(RunResult run) {
        Map<String, Long> errors = run.errors().snapshot();
        long failed = errors.values().stream().mapToLong(Long::longValue).sum();
        double seconds = run.elapsed().toNanos() / 1e9;
        return new Report(run.startedAt().toString(), round(seconds), run.agents(), run.confirmed() + failed,
                run.confirmed(), failed, seconds == 0 ? 0 : round(run.confirmed() / seconds),
                Arrays.stream(Step.values()).map(step -> StepLatency.of(step, run.timings().snapshot(step))).toList(),
                errors);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report is always serializable", e);
        }
    }

    /** The readable table printed at the end of a run and written to summary.txt. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Comptoir bench, started %s, %d agents, %.2f s%n", startedAt, agents,
                elapsedSeconds));
        text.append(String.format(Locale.ROOT, "Checkouts: %d attempted, %d confirmed, %d failed; %.2f orders/s%n%n",
                attempted, confirmed, failed, confirmedPerSecond));
        text.append(String.format(Locale.ROOT, "%-22s %7s %9s %9s %9s %9s %9s%n", "step (ms)", "count", "p50", "p90",
                "p99", "max", "mean"));
        for (StepLatency step : steps) {
            text.append(String.format(Locale.ROOT, "%-22s %7d %9.2f %9.2f %9.2f %9.2f %9.2f%n", step.step(),
                    step.count(), step.p50Ms(), step.p90Ms(), step.p99Ms(), step.maxMs(), step.meanMs()));
        }
        text.append(errors.isEmpty() ? "\nNo errors\n" : "\nErrors by kind:\n");
        errors.forEach((kind, count) -> text.append(String.format(Locale.ROOT, "  %6d  %s%n", count, kind)));
        return text.toString();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
