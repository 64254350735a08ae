package dev.comptoir.payments.payment;

import dev.comptoir.contracts.Events;
import dev.comptoir.platform.inbox.EventHandlers;
import dev.comptoir.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Orders' payment commands, and the order and shipment events that move money. */
@ApplicationScoped
public class OrderEventsConsumer {
    private final Inbox inbox;
    private final EventHandlers handlers;

    public OrderEventsConsumer(Inbox inbox, Payments payments) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(Events.AUTHORIZE_PAYMENT, payments::authorize)
                .on(Events.ORDER_CONFIRMED, payments::confirmed)
                .on(Events.ORDER_CANCELED, payments::canceled)
                .on(Events.REFUND_REQUESTED, payments::refundRequested)
                .on(Events.SHIPMENT_SHIPPED, payments::shipped)
                .build();
    }

    @Incoming("payment-commands")
    @Blocking
    public void onCommand(ConsumerRecord<String, String> record) {
        inbox.receive("payments.payment-commands", record, handlers);
    }

    @Incoming("orders-events")
    @Blocking
    public void onOrder(ConsumerRecord<String, String> record) {
        inbox.receive("payments.orders-events", record, handlers);
    }

    @Incoming("fulfillment-events")
    @Blocking
    public void onFulfillment(ConsumerRecord<String, String> record) {
        inbox.receive("payments.fulfillment-events", record, handlers);
    }
}
