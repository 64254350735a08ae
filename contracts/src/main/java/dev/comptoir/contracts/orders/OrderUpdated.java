package dev.comptoir.contracts.orders;

import dev.comptoir.contracts.OrderEvent;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The order as it stands after a change, in full: for whoever mirrors it (the agent platform's order webhooks, the
 * merchant's systems). Published once per change that alters the ACP order; {@code revision} counts them from 1 (the
 * order as placed), so a mirror keeps the highest and ignores an older one arriving late.
 */
public record OrderUpdated(
        String orderId,
        String checkoutSessionId,
        String agentPlatform,
        long revision,
        /** The ACP order status: created, confirmed, processing, shipped, completed, canceled, manual_review. */
        String status,
        /** The timeline step that caused this revision (placed, status_confirmed, shipment_shipped, refund_succeeded…). */
        String cause,
        OffsetDateTime occurredAt,
        String currency,
        Customer customer,
        String locale,
        /** The ACP {@code Order} (API version 2026-04-17) as {@code GET /orders/{id}} returns it, snake_case keys. */
        Map<String, Object> order) implements OrderEvent {
}
