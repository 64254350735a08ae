package dev.comptoir.bench;

import java.time.Duration;
import java.time.Instant;

/** What a finished run measured, before it is summarized. */
public record RunResult(Instant startedAt, Duration elapsed, int agents, long confirmed, StepTimings timings,
        ErrorCounts errors) {
}
