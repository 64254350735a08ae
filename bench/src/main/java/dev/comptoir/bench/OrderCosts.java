package dev.comptoir.bench;

import java.util.Optional;

/**
 * What one confirmed order cost the stack over the main run: HTTP requests the agent sent (confirmation polls and
 * retries included), database commits and Kafka records. Empty where the counter could not be read.
 */
public record OrderCosts(Optional<Double> httpRequests, Optional<Double> databaseCommits,
        Optional<Double> applicationRecords, Optional<Double> consumerOffsetRecords, String note) {

    /** Counters read right before and right after the main run; empty when unavailable. */
    public record Counters(Optional<Long> databaseCommits, Optional<KafkaProbe.Records> records) {
    }

    public static OrderCosts of(long confirmed, long httpRequests, Counters before, Counters after, String note) {
        return new OrderCosts(perOrder(Optional.of(httpRequests), confirmed),
                perOrder(delta(before.databaseCommits(), after.databaseCommits()), confirmed),
                perOrder(delta(before.records().map(KafkaProbe.Records::application),
                        after.records().map(KafkaProbe.Records::application)), confirmed),
                perOrder(delta(before.records().map(KafkaProbe.Records::consumerOffsets),
                        after.records().map(KafkaProbe.Records::consumerOffsets)), confirmed),
                note);
    }

    /** Both kinds of record: the broker writes either. */
    public Optional<Double> kafkaRecords() {
        return applicationRecords.flatMap(application -> consumerOffsetRecords.map(offsets -> application + offsets));
    }

    private static Optional<Long> delta(Optional<Long> before, Optional<Long> after) {
        return before.flatMap(b -> after.map(a -> a - b));
    }

    private static Optional<Double> perOrder(Optional<Long> total, long confirmed) {
        return confirmed == 0 ? Optional.empty() : total.map(t -> Math.round(10.0 * t / confirmed) / 10.0);
    }
}
