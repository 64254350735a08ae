package dev.comptoir.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void aCountedRunShowsDoneOutOfTheTargetTheRateAndTheErrors() {
        assertEquals("[bench] 42/200 done, 40 confirmed, 10.0 orders/s, 2 errors",
                ProgressLine.format(40, 2, Optional.of(200), Duration.ofSeconds(4), Optional.empty()));
    }

    @Test
    void aTimedRunShowsTheTimeSpentOutOfItsDuration() {
        assertEquals("[bench] 12 done in 6s of 60s, 12 confirmed, 2.0 orders/s, 0 errors",
                ProgressLine.format(12, 0, Optional.empty(), Duration.ofSeconds(6), Optional.of(Duration.ofMinutes(1))));
    }
}
