package dev.comptoir.notifications.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A delivery with every attempt made so far. */
public record DeliveryView(String id, String eventId, String eventType, String orderId, String status,
        int attemptCount, OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, OffsetDateTime deliveredAt,
        List<Attempt> attempts) {

    public record Attempt(OffsetDateTime attemptedAt, Integer statusCode, long latencyMs, String responseBody,
            String error) {
    }

    public static List<DeliveryView> of(List<WebhookDelivery> deliveries) {
        Map<String, List<Attempt>> attempts = WebhookAttempt.ofDeliveries(
                deliveries.stream().map(delivery -> delivery.id).toList()).stream()
                .collect(Collectors.groupingBy(attempt -> attempt.deliveryId,
                        Collectors.mapping(attempt -> new Attempt(attempt.attemptedAt,
                                attempt.statusCode, attempt.latencyMs, attempt.responseBody, attempt.error),
                                Collectors.toList())));
        return deliveries.stream().map(delivery -> new DeliveryView(delivery.id, delivery.eventId,
                delivery.eventType, delivery.orderId, delivery.status.name().toLowerCase(), delivery.attemptCount,
                delivery.nextAttemptAt, delivery.createdAt, delivery.deliveredAt,
                attempts.getOrDefault(delivery.id, List.of()))).toList();
    }
}
