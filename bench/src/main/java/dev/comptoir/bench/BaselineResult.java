package dev.comptoir.bench;

import java.util.Locale;

/** One limit of the machine, measured before the main run: how many operations per second, at what latency. */
public record BaselineResult(String name, String unit, boolean measured, String reason, long count,
        double perSecond, double p50Ms, double p99Ms) {

    public static BaselineResult notMeasured(String name, String unit, String reason) {
        return new BaselineResult(name, unit, false, reason, 0, 0, 0, 0);
    }

    public String line() {
        if (!measured) {
            return String.format(Locale.ROOT, "%-14s not measured: %s", name, reason);
        }
        return String.format(Locale.ROOT, "%-14s %10.1f %s/s  p50 %.2f ms  p99 %.2f ms  (%d in all)",
                name, perSecond, unit, p50Ms, p99Ms, count);
    }
}
