package dev.comptoir.notifications.email;

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

    public OrderEventsConsumer(Inbox inbox, CustomerEmails emails) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(Events.ORDER_CONFIRMED, emails::orderConfirmed)
                .on(Events.ORDER_CANCELED, emails::orderCanceled)
                .build();
    }

    @Incoming("orders-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        inbox.receive("notifications.orders-events", record, handlers);
    }
}
