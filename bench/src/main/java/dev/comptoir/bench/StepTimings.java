package dev.comptoir.bench;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** One latency histogram per step, in microseconds, written to by every agent at once. */
public final class StepTimings {
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Map<Step, ConcurrentHistogram> histograms = new EnumMap<>(Step.class);

    public StepTimings() {
        for (Step step : Step.values()) {
            ConcurrentHistogram histogram = new ConcurrentHistogram(SIGNIFICANT_DIGITS);
            histogram.setAutoResize(true);
            histograms.put(step, histogram);
        }
    }

    public void record(Step step, Duration latency) {
        histograms.get(step).recordValue(Math.max(0, latency.toNanos() / 1_000));
    }

    /** A copy that no longer changes, for the report. */
    public Histogram snapshot(Step step) {
        return histograms.get(step).copy();
    }
}
