package dev.comptoir.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a finished run measured, before it is summarized. {@code missedStarts}: with a rate, checkouts that were due
 * while every agent was busy, so never started.
 */
public record RunResult(Instant startedAt, Duration elapsed, int agents, long confirmed, StepTimings timings,
        ErrorCounts errors, Optional<Double> rateAsked, long started, long missedStarts, List<String> placedOrders) {
}
