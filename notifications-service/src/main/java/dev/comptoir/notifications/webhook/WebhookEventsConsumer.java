package dev.comptoir.notifications.webhook;

import dev.comptoir.contracts.Events;
import dev.comptoir.platform.inbox.EventHandlers;
import dev.comptoir.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the webhooks from the three order topics, in a consumer group of their own ({@code notifications-webhooks}):
 * each event's deliveries are queued in its inbox transaction, so a redelivered event queues nothing more.
 */
@ApplicationScoped
public class WebhookEventsConsumer {
    private final Inbox inbox;
    private final EventHandlers handlers;

    public WebhookEventsConsumer(Inbox inbox, MerchantWebhooks webhooks) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(Events.ORDER_UPDATED, webhooks::orderUpdated)
                .on(Events.RETURN_REQUESTED, webhooks::returnRequested)
                .on(Events.PAYMENT_FAILED, webhooks::paymentFailed)
                .on(Events.REFUND_SUCCEEDED, webhooks::refundSucceeded)
                .on(Events.REFUND_FAILED, webhooks::refundFailed)
                .on(Events.DISPUTE_OPENED, webhooks::disputeOpened)
                .on(Events.RETURN_RECEIVED, webhooks::returnReceived)
                .build();
    }

    @Incoming("webhooks-orders-events")
    @Blocking
    public void onOrder(ConsumerRecord<String, String> record) {
        inbox.receive("notifications.webhooks.orders-events", record, handlers);
    }

    @Incoming("webhooks-payments-events")
    @Blocking
    public void onPayment(ConsumerRecord<String, String> record) {
        inbox.receive("notifications.webhooks.payments-events", record, handlers);
    }

    @Incoming("webhooks-fulfillment-events")
    @Blocking
    public void onFulfillment(ConsumerRecord<String, String> record) {
        inbox.receive("notifications.webhooks.fulfillment-events", record, handlers);
    }
}
