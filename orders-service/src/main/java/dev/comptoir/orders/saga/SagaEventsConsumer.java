package dev.comptoir.orders.saga;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.OrderEvent;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderUpdates;
import dev.comptoir.orders.returns.Returns;
import dev.comptoir.platform.inbox.EventHandlers;
import dev.comptoir.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import java.util.Optional;
import java.util.function.Consumer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds payment, stock and shipment outcomes into the order sagas. */
@ApplicationScoped
public class SagaEventsConsumer {
    private final Inbox inbox;
    private final EventHandlers handlers;
    private final OrderUpdates updates;

    public SagaEventsConsumer(Inbox inbox, OrderPlacement placement, ShipmentTracking shipments,
            PaymentOutcomes payments, Returns returns, OrderUpdates updates) {
        this.inbox = inbox;
        this.updates = updates;
        this.handlers = EventHandlers.builder()
                .on(Events.PAYMENT_AUTHORIZED, then(e -> placement.on(e, PlacementSaga.Step.PAYMENT_AUTHORIZED)))
                .on(Events.PAYMENT_FAILED, then(placement::paymentFailed))
                .on(Events.INVENTORY_RESERVED, then(e -> placement.on(e, PlacementSaga.Step.STOCK_RESERVED)))
                .on(Events.INVENTORY_SHORTAGE, then(e -> placement.on(e, PlacementSaga.Step.STOCK_SHORT)))
                .on(Events.PAYMENT_CAPTURED, then(payments::captured))
                .on(Events.PAYMENT_VOIDED, then(payments::voided))
                .on(Events.REFUND_SUCCEEDED, then(payments::refunded))
                .on(Events.REFUND_FAILED, then(payments::refundFailed))
                .on(Events.DISPUTE_OPENED, then(payments::disputed))
                .on(Events.SHIPMENT_CREATED, then(shipments::created))
                .on(Events.SHIPMENT_SHIPPED, then(shipments::shipped))
                .on(Events.SHIPMENT_DELIVERED, then(shipments::delivered))
                .on(Events.RETURN_AUTHORIZED, then(returns::authorized))
                .on(Events.RETURN_REJECTED, then(returns::rejected))
                .on(Events.RETURN_RECEIVED, then(returns::received))
                .build();
    }

    /**
     * The saga step in one transaction with the order's row locked first, before the step reads or writes anything
     * of the order (a step that inserted a timeline row first, taking a share lock through its foreign key, then
     * locked the order deadlocked with another doing the same); then the order's mirrors hear of what changed.
     */
    private <T extends OrderEvent> Consumer<T> then(Consumer<T> step) {
        return event -> {
            Optional<Order> order = Order.lockForUpdate(event.orderId());
            step.accept(event);
            order.ifPresent(updates::publishIfChanged);
        };
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
