package dev.comptoir.orders.saga;

import dev.comptoir.contracts.Events;
import dev.comptoir.orders.returns.Returns;
import dev.comptoir.platform.inbox.EventHandlers;
import dev.comptoir.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds payment, stock and shipment outcomes into the order sagas. */
@ApplicationScoped
public class SagaEventsConsumer {
    private final Inbox inbox;
    private final EventHandlers handlers;

    public SagaEventsConsumer(Inbox inbox, OrderPlacement placement, ShipmentTracking shipments,
            PaymentOutcomes payments, Returns returns) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(Events.PAYMENT_AUTHORIZED, e -> placement.on(e, PlacementSaga.Step.PAYMENT_AUTHORIZED))
                .on(Events.PAYMENT_FAILED, placement::paymentFailed)
                .on(Events.INVENTORY_RESERVED, e -> placement.on(e, PlacementSaga.Step.STOCK_RESERVED))
                .on(Events.INVENTORY_SHORTAGE, e -> placement.on(e, PlacementSaga.Step.STOCK_SHORT))
                .on(Events.PAYMENT_CAPTURED, payments::captured)
                .on(Events.PAYMENT_VOIDED, payments::voided)
                .on(Events.REFUND_SUCCEEDED, payments::refunded)
                .on(Events.REFUND_FAILED, payments::refundFailed)
                .on(Events.DISPUTE_OPENED, payments::disputed)
                .on(Events.SHIPMENT_CREATED, shipments::created)
                .on(Events.SHIPMENT_SHIPPED, shipments::shipped)
                .on(Events.SHIPMENT_DELIVERED, shipments::delivered)
                .on(Events.RETURN_AUTHORIZED, returns::authorized)
                .on(Events.RETURN_REJECTED, returns::rejected)
                .on(Events.RETURN_RECEIVED, returns::received)
                .build();
    }

    @Incoming("payments-events")
    @Blocking
    public void onPayment(ConsumerRecord<String, String> record) {
        inbox.receive("orders.payments-events", record, handlers);
    }

    @Incoming("fulfillment-events")
    @Blocking
    public void onFulfillment(ConsumerRecord<String, String> record) {
        inbox.receive("orders.fulfillment-events", record, handlers);
    }
}
