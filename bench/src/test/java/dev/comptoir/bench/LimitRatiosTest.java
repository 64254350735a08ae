package dev.comptoir.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LimitRatiosTest {
    private static final List<BaselineResult> LIMITS = List.of(
            new BaselineResult("http", "req", true, null, 9750, 1950, 1.5, 4),
            new BaselineResult("kafka", "records", true, null, 5000, 1000, 3, 9),
            new BaselineResult("kafka_produce", "records", true, null, 9000, 1800, 2, 6),
            BaselineResult.notMeasured("database", "commits", "connection refused"));

    private static OrderCosts.Counters counters(long commits, long application, long offsets) {
        return new OrderCosts.Counters(Optional.of(commits), Optional.of(new KafkaProbe.Records(application,
                offsets)));
    }

    @Test
    void perOrderCostsAreTheCountersGrowthDividedByConfirmedOrders() {
        OrderCosts costs = OrderCosts.of(100, 520, counters(1_000, 50, 7), counters(4_800, 1_750, 507), "note");

        assertEquals(Optional.of(5.2), costs.httpRequests());
        assertEquals(Optional.of(38.0), costs.databaseCommits());
        assertEquals(Optional.of(17.0), costs.applicationRecords());
        assertEquals(Optional.of(5.0), costs.consumerOffsetRecords());
        assertEquals(Optional.of(22.0), costs.kafkaRecords());
    }

    @Test
    void aCounterReadOnlyOnOneSideOrNoConfirmedOrderGivesNoCost() {
        OrderCosts costs = OrderCosts.of(100, 520, new OrderCosts.Counters(Optional.empty(), Optional.empty()),
                counters(4_800, 1_750, 507), "note");

        assertEquals(Optional.empty(), costs.databaseCommits());
        assertEquals(Optional.empty(), costs.kafkaRecords());
        assertEquals(Optional.empty(), OrderCosts.of(0, 5, counters(1, 1, 1), counters(9, 9, 9), "").httpRequests());
    }

    @Test
    void eachLimitIsCostPerOrderTimesOrdersPerSecondAgainstTheMeasuredLimit() {
        OrderCosts costs = OrderCosts.of(100, 500, counters(0, 0, 0), counters(3_800, 1_700, 500), "note");

        List<LimitRatios.LimitRatio> ratios = LimitRatios.of(120, costs, LIMITS);

        assertEquals(List.of("HTTP", "Kafka"), ratios.stream().map(LimitRatios.LimitRatio::limit).toList(),
                "no database ratio without a database limit");
        assertEquals("HTTP: 5.0 req per order × 120.0 orders/s = 600 req/s = 0.31 of the 1950 req/s limit",
                ratios.get(0).line());
        assertEquals(2.64, ratios.get(1).fraction(), "22 records × 120/s = 2640 records/s against 1000");
    }

    @Test
    void completeIsComparedToTheNoOpRequestMedianAgainstMedian() {
        String line = LimitRatios.latencyAgainstNoOp("complete", 12, LIMITS).orElseThrow();

        assertTrue(line.startsWith("complete p50 12.00 ms = 8.0 × the 1.50 ms p50"), line);
        assertEquals(Optional.empty(), LimitRatios.latencyAgainstNoOp("complete", 12, List.of()));
    }
}
