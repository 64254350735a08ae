package dev.comptoir.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private static final List<Duration> STANDARD = List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(10));

    @Test
    void followsTheScheduleThenIsExhausted() {
        RetrySchedule schedule = new RetrySchedule(STANDARD, 0);
        assertEquals(Duration.ZERO, schedule.first());
        assertEquals(Optional.of(Duration.ofSeconds(5)), schedule.next(1, Optional.empty(), new Random()));
        assertEquals(Optional.of(Duration.ofMinutes(5)), schedule.next(2, Optional.empty(), new Random()));
        assertEquals(Optional.of(Duration.ofHours(10)), schedule.next(7, Optional.empty(), new Random()));
        assertEquals(Optional.empty(), schedule.next(8, Optional.empty(), new Random()));
    }

    @Test
    void jitterOnlyStretchesEachStepByAtMostItsFraction() {
        RetrySchedule schedule = new RetrySchedule(STANDARD, 0.2);
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            Duration wait = schedule.next(2, Optional.empty(), random).orElseThrow();
            assertTrue(wait.compareTo(Duration.ofMinutes(5)) >= 0 && wait.compareTo(Duration.ofMinutes(6)) <= 0,
                    wait.toString());
        }
    }

    @Test
    void retryAfterDelaysTheNextAttemptUpToTheLongestStepOrAnHour() {
        RetrySchedule schedule = new RetrySchedule(STANDARD, 0);
        assertEquals(Optional.of(Duration.ofSeconds(120)),
                schedule.next(1, Optional.of(Duration.ofSeconds(120)), new Random()));
        assertEquals(Optional.of(Duration.ofMinutes(5)),
                schedule.next(2, Optional.of(Duration.ofSeconds(1)), new Random()), "never sooner than scheduled");
        assertEquals(Optional.of(Duration.ofHours(10)),
                schedule.next(1, Optional.of(Duration.ofDays(365)), new Random()));
        RetrySchedule quick = new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(1)), 0);
        assertEquals(Optional.of(Duration.ofHours(1)), quick.next(1, Optional.of(Duration.ofDays(1)), new Random()));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-05-01T10:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse("30", now));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(now.plusSeconds(90),
                ZoneOffset.UTC));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse(date, now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", now));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
        assertEquals(Optional.empty(), RetryAfter.parse(null, now));
        assertEquals(Optional.empty(), RetryAfter.parse("-5", now));
    }
}
