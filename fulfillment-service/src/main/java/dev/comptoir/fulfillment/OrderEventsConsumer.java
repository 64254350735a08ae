package dev.comptoir.fulfillment;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.fulfillment.returns.Returns;
import dev.comptoir.fulfillment.shipment.Shipments;
import dev.comptoir.fulfillment.stock.Inventory;
import dev.comptoir.platform.inbox.EventHandlers;
import dev.comptoir.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** What fulfillment does on each order event: reserve, ship, cancel, decide returns. */
@ApplicationScoped
public class OrderEventsConsumer {
    private final Inbox inbox;
    private final EventHandlers handlers;

    public OrderEventsConsumer(Inbox inbox, Inventory inventory, Shipments shipments, Returns returns) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(Events.ORDER_PLACED, inventory::reserve)
                .on(Events.ORDER_CONFIRMED, shipments::create)
                .on(Events.ORDER_CANCELED, (OrderCanceled canceled) -> {
                    shipments.cancel(canceled);
                    inventory.release(canceled);
                })
                .on(Events.RETURN_REQUESTED, returns::request)
                .build();
    }

    @Incoming("orders-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        inbox.receive("fulfillment.orders-events", record, handlers);
    }
}
