package dev.comptoir.fulfillment.stock;

import dev.comptoir.contracts.Events;
import dev.comptoir.platform.inbox.EventHandlers;
import dev.comptoir.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class OrderEventsConsumer {
    private final Inbox inbox;
    private final EventHandlers handlers;

    public OrderEventsConsumer(Inbox inbox, Inventory inventory) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(Events.ORDER_PLACED, inventory::reserve)
                .on(Events.ORDER_CANCELED, inventory::release)
                .build();
    }

    @Incoming("orders-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        inbox.receive("fulfillment.orders-events", record, handlers);
    }
}
