package dev.comptoir.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Checkouts 1 ms to 100 ms, 10 s of run, 100 confirmed, 3 failures of two kinds. */
    private static Report hundredCheckouts() {
        StepTimings timings = new StepTimings();
        for (int ms = 1; ms <= 100; ms++) {
            timings.record(Step.COMPLETE_TO_CONFIRMED, Duration.ofMillis(ms));
        }
        timings.record(Step.CREATE_SESSION, Duration.ofMillis(4));
        ErrorCounts errors = new ErrorCounts();
        errors.record(new StepFailure(Step.COMPLETE, "http_409 request_in_flight", "x"));
        errors.record(new StepFailure(Step.COMPLETE, "http_409 request_in_flight", "y"));
        errors.record(new StepFailure(Step.COMPLETE_TO_CONFIRMED, "confirmation_timeout", "z"));
        return Report.of(new RunResult(Instant.parse("2026-11-30T00:00:00Z"), Duration.ofSeconds(10), 8, 100,
                timings, errors, Optional.empty(), 103, 0, List.of()), Findings.NONE);
    }

    private static StepLatency step(Report report, Step step) {
        return report.steps().stream().filter(s -> s.step().equals(step.label())).findFirst().orElseThrow();
    }

    @Test
    void percentilesOfAStepAreReadInMillisecondsFromItsHistogram() {
        StepLatency confirmation = step(hundredCheckouts(), Step.COMPLETE_TO_CONFIRMED);

        assertEquals(100, confirmation.count());
        assertEquals(50.0, confirmation.p50Ms(), 0.05);
        assertEquals(90.0, confirmation.p90Ms(), 0.05);
        assertEquals(99.0, confirmation.p99Ms(), 0.1);
        assertEquals(100.0, confirmation.maxMs(), 0.1);
        assertEquals(50.5, confirmation.meanMs(), 0.05);
    }

    @Test
    void aStepNothingReachedReportsZeroesNotAnError() {
        StepLatency shipping = step(hundredCheckouts(), Step.SELECT_SHIPPING);

        assertEquals(new StepLatency("select_shipping", 0, 0, 0, 0, 0, 0), shipping);
    }

    @Test
    void throughputIsConfirmedOrdersPerSecondAndFailuresAreCountedByKind() {
        Report report = hundredCheckouts();

        assertEquals(10.0, report.confirmedPerSecond());
        assertEquals(103, report.attempted());
        assertEquals(3, report.failed());
        assertEquals(2L, report.errors().get("complete http_409 request_in_flight"));
        assertEquals(1L, report.errors().get("complete_to_confirmed confirmation_timeout"));
    }

    @Test
    void jsonNamesEveryFigureInSnakeCaseWithAllStepsInFlowOrder() throws Exception {
        JsonNode json = JSON.readTree(hundredCheckouts().toJson());

        assertEquals("2026-11-30T00:00:00Z", json.get("started_at").asText());
        assertEquals(8, json.get("agents").asInt());
        assertEquals(10.0, json.get("confirmed_per_second").asDouble());
        assertEquals(7, json.get("steps").size(), "every timed step");
        assertEquals("create_session", json.get("steps").get(0).get("step").asText());
        assertEquals("checkout_to_confirmed", json.get("steps").get(6).get("step").asText());
        assertEquals(50.0, json.get("steps").get(5).get("p50_ms").asDouble(), 0.05);
        assertTrue(json.get("steps").get(5).has("p99_ms"));
        assertEquals(2, json.get("errors").get("complete http_409 request_in_flight").asInt());
    }

    @Test
    void summaryShowsThroughputAStepLineAndEachErrorKind() {
        String summary = hundredCheckouts().summary();

        assertTrue(summary.contains("103 attempted, 100 confirmed, 3 failed; 10.00 orders/s"), summary);
        assertTrue(summary.lines().anyMatch(line -> line.startsWith("complete_to_confirmed")
                && line.contains(" 100 ") && line.contains("50.0")), summary);
        assertTrue(summary.contains("     2  complete http_409 request_in_flight"), summary);
    }
}
