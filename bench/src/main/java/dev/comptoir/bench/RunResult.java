package dev.comptoir.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a finished run measured, before it is summarized. With a rate: {@code missedStarts} checkouts were due while
 * every agent was busy, so never started; {@code arrivals} is the time over which checkouts were due, without the
 * wait for the last ones to finish.
 */
public record RunResult(Instant startedAt, Duration elapsed, int agents, long confirmed, StepTimings timings,
        ErrorCounts errors, Optional<Double> rateAsked, long started, long missedStarts, Duration arrivals,
        List<String> placedOrders) {
}
