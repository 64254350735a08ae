package dev.comptoir.bench;

import org.HdrHistogram.Histogram;

/** A step's latency percentiles in milliseconds. */
public record StepLatency(String step, long count, double p50Ms, double p90Ms, double p99Ms, double maxMs,
        double meanMs) {

    public static StepLatency of(Step step, Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return new StepLatency(step.label(), 0, 0, 0, 0, 0, 0);
        }
        return new StepLatency(step.label(), micros.getTotalCount(), millis(micros.getValueAtPercentile(50)),
                millis(micros.getValueAtPercentile(90)), millis(micros.getValueAtPercentile(99)),
                millis(micros.getMaxValue()), millis(micros.getMean()));
    }

    private static double millis(double micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
