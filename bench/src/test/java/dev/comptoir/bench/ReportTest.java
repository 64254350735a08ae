package dev.comptoir.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
                timings, errors, Optional.empty(), 103, 0, Duration.ofSeconds(10), List.of()), Findings.NONE);
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

    /** An open-loop chaos run at 12/s: 10 s, 100 confirmed, 20 started too late, one violation. */
    private static Report chaosRunWithFindings() {
        StepTimings timings = new StepTimings();
        timings.record(Step.COMPLETE, Duration.ofMillis(12));
        List<BaselineResult> baselines = List.of(new BaselineResult("http", "req", true, null, 9750, 1950, 1.5, 4),
                BaselineResult.notMeasured("database", "commits", "Connection to 127.0.0.1:5432 refused"));
        OrderCosts costs = OrderCosts.of(100, 500, new OrderCosts.Counters(Optional.of(0L), Optional.empty()),
                new OrderCosts.Counters(Optional.of(3_800L), Optional.empty()), "counted over the run");
        ResourceTally tally = new ResourceTally();
        tally.record(Map.of("orders", List.of(new ResourceTally.PidSample(7, 100, 204_800))),
                new ProcFiles.MachineCpu(0, 0));
        tally.record(Map.of("orders", List.of(new ResourceTally.PidSample(7, 600, 204_800))),
                new ProcFiles.MachineCpu(1_500, 2_000));
        ChaosOutcome chaos = new ChaosOutcome(List.of(new ChaosMonkey.Fault("2026-11-30T00:00:20Z", "orders", 7),
                new ChaosMonkey.Fault("2026-11-30T00:00:40Z", "payments", 0)), 42,
                Invariants.check(List.of(new Invariants.OrderState("o1", "confirmed", List.of()),
                        new Invariants.OrderState("o2", "created", List.of())), List.of(), List.of()));
        return Report.of(new RunResult(Instant.parse("2026-11-30T00:00:00Z"), Duration.ofSeconds(10), 8, 100,
                timings, new ErrorCounts(), Optional.of(12.0), 100, 20, Duration.ofSeconds(8), List.of("o1", "o2")),
                new Findings(baselines, Optional.of(tally.result(10, 2)), Optional.of(costs), Optional.of(chaos)));
    }

    @Test
    void summaryShowsRateLimitsCostsSharesResourcesAndTheChaosVerdict() {
        String summary = chaosRunWithFindings().summary();

        assertTrue(summary.contains("Rate: 12.00 checkouts/s asked, 12.50/s started, 20 could not start on time"),
                summary);
        assertTrue(summary.contains("  http               1950.0 req/s  p50 1.50 ms  p99 4.00 ms"), summary);
        assertTrue(summary.contains("database       not measured: Connection to 127.0.0.1:5432 refused"), summary);
        assertTrue(summary.contains("Per confirmed order: 5.0 HTTP requests, 38.0 database commits, n/a Kafka"),
                summary);
        assertTrue(summary.contains("HTTP: 5.0 req per order × 10.0 orders/s = 50 req/s = 0.03 of the 1950 req/s"),
                summary);
        assertTrue(summary.contains(" ms = 8.0 × the 1.50 ms p50 of a no-op HTTP request"),
                summary);
        assertTrue(summary.contains("machine: 2 cores, 75.0 % busy"), summary);
        assertTrue(summary.lines().anyMatch(line -> line.matches("  orders +1 +5\\.0 +50\\.0 +200\\.0")), summary);
        assertTrue(summary.contains("  kafka          absent"), summary);
        assertTrue(summary.contains("Chaos: 1 faults injected, 42 retries; 2 orders placed, by status "
                + "{confirmed=1, created=1}; 1 violations"), summary);
        assertTrue(summary.contains("SIGKILL orders pid 7"), summary);
        assertTrue(summary.contains("VIOLATION o2 did not settle: created"), summary);
    }

    @Test
    void aBrokenInvariantFailsTheRunAndEveryFindingIsInTheJsonAndThePage() throws Exception {
        Report report = chaosRunWithFindings();
        JsonNode json = JSON.readTree(report.toJson());
        String html = HtmlChart.render(report);

        assertFalse(report.passed());
        assertEquals(20, json.at("/rate/missed_starts").asInt());
        assertEquals(1950.0, json.at("/baselines/0/per_second").asDouble());
        assertEquals(38.0, json.at("/costs/database_commits").asDouble());
        assertEquals(0.03, json.at("/limits/0/fraction").asDouble());
        assertEquals(5.0, json.at("/resources/processes/0/cpu_seconds").asDouble());
        assertEquals("o2 did not settle: created", json.at("/chaos/verdict/violations/0").asText());
        for (String section : List.of("Limits of this machine", "Per confirmed order", "Share of each limit",
                "Resources", "Chaos", "20 could not start on time")) {
            assertTrue(html.contains(section), section);
        }
        assertTrue(hundredCheckouts().passed(), "no chaos, orders confirmed");
    }
}
