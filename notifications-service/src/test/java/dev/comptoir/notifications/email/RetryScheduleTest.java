package dev.comptoir.notifications.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofMinutes(10),
            Duration.ofDays(3));

    @Test
    void theWaitDoublesAfterEachRefusalUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(5), schedule.backoff(1));
        assertEquals(Duration.ofSeconds(10), schedule.backoff(2));
        assertEquals(Duration.ofSeconds(320), schedule.backoff(7));
        assertEquals(Duration.ofMinutes(10), schedule.backoff(8));
        assertEquals(Duration.ofMinutes(10), schedule.backoff(10_000));
    }

    @Test
    void anEmailIsGivenUpOnlyOnceTheRetryPeriodIsOver() {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        assertFalse(schedule.givesUp(created, created.plus(Duration.ofDays(3)).minusSeconds(1)));
        assertTrue(schedule.givesUp(created, created.plus(Duration.ofDays(3))));
    }
}
