package dev.comptoir.orders.saga;

import dev.comptoir.contracts.Events;
import dev.comptoir.platform.inbox.EventHandlers;
import dev.comptoir.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds payment and stock outcomes into the placement saga. */
@ApplicationScoped
public class SagaEventsConsumer {
    private final Inbox inbox;
    private final EventHandlers handlers;

    public SagaEventsConsumer(Inbox inbox, OrderPlacement placement) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(Events.PAYMENT_AUTHORIZED, e -> placement.on(e, PlacementSaga.Step.PAYMENT_AUTHORIZED))
                .on(Events.PAYMENT_FAILED, placement::paymentFailed)
                .on(Events.INVENTORY_RESERVED, e -> placement.on(e, PlacementSaga.Step.STOCK_RESERVED))
                .on(Events.INVENTORY_SHORTAGE, e -> placement.on(e, PlacementSaga.Step.STOCK_SHORT))
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
