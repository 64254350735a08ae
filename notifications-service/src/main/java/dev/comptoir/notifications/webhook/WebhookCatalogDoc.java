package dev.comptoir.notifications.webhook;

/** The event catalog as the OpenAPI document describes it (the README has examples). */
final class WebhookCatalogDoc {
    static final String TEXT = """
            Merchant webhooks: POST {"id", "type", "created_at", "data"} to each subscribed URL, signed per Standard \
            Webhooks (headers webhook-id = the event id, stable across retries; webhook-timestamp; webhook-signature \
            "v1,<base64 HMAC-SHA256 of id.timestamp.body keyed by the base64-decoded secret after whsec_>", several \
            space-separated during a secret rotation). Every data but dead_letter.recorded's has order_id and order \
            (the latest ACP Order known; for order.* events the revision that caused it). Types and their own fields: \
            order.created (revision 1), order.confirmed, order.canceled, order.shipped, order.completed (the order's \
            status became it); order.delivered (fulfillment: the fulfillment that was delivered); \
            return.requested (return_id, lines [{line_id, sku, quantity}], reason); return.received \
            (return_id, lines with their condition); refund.succeeded (refund_id, amount, currency); refund.failed \
            (refund_id, amount, reason); payment.failed (code, message); dispute.opened (payment_id, amount, \
            currency, reason); dead_letter.recorded (a consumer gave up on a record: dead_letter_id, topic, \
            partition, offset, consumer, event_type, event_id, subject, reason, cause, dead_lettered_at; see GET \
            /dead-letters). Amounts are minor units. Retries: immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, \
            10 h, 10 h (with jitter; Retry-After of a 429 or 503 honoured); 410 Gone or days of failures disable \
            the subscription.""";

    private WebhookCatalogDoc() {
    }
}
