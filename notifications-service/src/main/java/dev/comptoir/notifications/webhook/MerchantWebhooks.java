package dev.comptoir.notifications.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.fulfillment.ReturnReceived;
import dev.comptoir.contracts.orders.OrderUpdated;
import dev.comptoir.contracts.orders.ReturnRequested;
import dev.comptoir.contracts.payments.DisputeOpened;
import dev.comptoir.contracts.payments.PaymentFailed;
import dev.comptoir.contracts.payments.RefundFailed;
import dev.comptoir.contracts.payments.RefundSucceeded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the system's events into merchant events and queues one delivery per enabled subscription that wants each,
 * in the inbox transaction. Every event carries {@code data.order_id} and {@code data.order}, the latest ACP order
 * known (for {@code order.*}, the revision that caused it), plus its own fields.
 */
@ApplicationScoped
public class MerchantWebhooks {
    private final Deliveries deliveries;
    private final OrderSnapshots snapshots;
    private final ObjectMapper objectMapper;
    private final Event<OrderChange> orderChanges;

    public MerchantWebhooks(Deliveries deliveries, OrderSnapshots snapshots, ObjectMapper objectMapper,
            Event<OrderChange> orderChanges) {
        this.deliveries = deliveries;
        this.snapshots = snapshots;
        this.objectMapper = objectMapper;
        this.orderChanges = orderChanges;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void orderUpdated(OrderUpdated update) {
        snapshots.advance(update).ifPresent(change -> {
            for (OrderTransitions.Transition transition : OrderTransitions.between(change.previousStatus(),
                    change.previousOrder(), update.revision(), update.status(), update.order())) {
                publish(transition.type(), update.orderId(), transition.fields(), update.order());
            }
            orderChanges.fire(change);
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentFailed(PaymentFailed event) {
        publish(MerchantEventType.PAYMENT_FAILED, event.orderId(), fields("code", event.code(),
                "message", event.message()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refundSucceeded(RefundSucceeded event) {
        publish(MerchantEventType.REFUND_SUCCEEDED, event.orderId(), fields("refund_id", event.refundId(),
                "amount", event.amount(), "currency", event.currency()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refundFailed(RefundFailed event) {
        publish(MerchantEventType.REFUND_FAILED, event.orderId(), fields("refund_id", event.refundId(),
                "amount", event.amount(), "reason", event.reason()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void disputeOpened(DisputeOpened event) {
        publish(MerchantEventType.DISPUTE_OPENED, event.orderId(), fields("payment_id", event.paymentId(),
                "amount", event.amount(), "currency", event.currency(), "reason", event.reason()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void returnRequested(ReturnRequested event) {
        publish(MerchantEventType.RETURN_REQUESTED, event.orderId(), fields("return_id", event.returnId(),
                "lines", event.lines(), "reason", event.reason()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void returnReceived(ReturnReceived event) {
        publish(MerchantEventType.RETURN_RECEIVED, event.orderId(), fields("return_id", event.returnId(),
                "lines", event.lines()));
    }

    /**
     * A record was parked on a dead-letter topic: {@code data} tells which and why. No order snapshot: the record may
     * not be about an order, and the subject is whatever key it had.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadLetterRecorded(Map<String, Object> data) {
        queue(MerchantEventType.DEAD_LETTER_RECORDED, null, data);
    }

    private void publish(MerchantEventType type, String orderId, Map<String, Object> fields) {
        publish(type, orderId, fields, snapshots.latest(orderId).orElse(null));
    }

    private void publish(MerchantEventType type, String orderId, Map<String, Object> fields,
            Map<String, Object> order) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order_id", orderId);
        data.putAll(fields);
        if (order != null) {
            data.put("order", order);
        }
        queue(type, orderId, data);
    }

    /** Queues the event with this data for every subscriber; {@code orderId} orders the deliveries, when given. */
    private void queue(MerchantEventType type, String orderId, Map<String, Object> data) {
        List<WebhookSubscription> subscribers = WebhookSubscription.enabledFor(type);
        if (subscribers.isEmpty()) {
            return;
        }
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String body = json(new MerchantEvent(eventId, type.wireName(), OffsetDateTime.now(ZoneOffset.UTC), data));
        for (WebhookSubscription subscription : subscribers) {
            deliveries.enqueue(TargetKind.MERCHANT, subscription.id, eventId, type.wireName(), orderId, null, body);
        }
    }

    /** Named fields in order; absent (null) values are left out. */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return fields;
    }

    private String json(MerchantEvent event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Webhook event cannot be written as JSON", e);
        }
    }
}
