package dev.comptoir.notifications.email;

import dev.comptoir.contracts.Events;
import dev.comptoir.platform.inbox.EventHandlers;
import dev.comptoir.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The events that owe the buyer an e-mail, each applied once (inbox). */
@ApplicationScoped
public class EmailEventsConsumer {
    private final Inbox inbox;
    private final EventHandlers orders;
    private final EventHandlers payments;
    private final EventHandlers fulfillment;

    public EmailEventsConsumer(Inbox inbox, CustomerEmails emails) {
        this.inbox = inbox;
        this.orders = EventHandlers.builder()
                .on(Events.ORDER_PLACED, emails::orderPlaced)
                .on(Events.ORDER_CONFIRMED, emails::orderConfirmed)
                .on(Events.ORDER_CANCELED, emails::orderCanceled)
                .build();
        this.payments = EventHandlers.builder()
                .on(Events.REFUND_SUCCEEDED, emails::refundSucceeded)
                .build();
        this.fulfillment = EventHandlers.builder()
                .on(Events.SHIPMENT_SHIPPED, emails::shipmentShipped)
                .on(Events.SHIPMENT_DELIVERED, emails::shipmentDelivered)
                .on(Events.RETURN_AUTHORIZED, emails::returnAuthorized)
                .build();
    }

    @Incoming("orders-events")
    @Blocking
    public void onOrderEvent(ConsumerRecord<String, String> record) {
        inbox.receive("notifications.orders-events", record, orders);
    }

    @Incoming("emails-payments-events")
    @Blocking
    public void onPaymentEvent(ConsumerRecord<String, String> record) {
        inbox.receive("notifications.emails-payments-events", record, payments);
    }

    @Incoming("emails-fulfillment-events")
    @Blocking
    public void onFulfillmentEvent(ConsumerRecord<String, String> record) {
        inbox.receive("notifications.emails-fulfillment-events", record, fulfillment);
    }
}
