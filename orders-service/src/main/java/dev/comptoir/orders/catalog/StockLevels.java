package dev.comptoir.orders.catalog;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.fulfillment.InventoryLevelChanged;
import dev.comptoir.platform.inbox.EventHandlers;
import dev.comptoir.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Availability by SKU as fulfillment last reported it on {@code inventory.events}; a SKU it never reported is absent
 * (not known). Each event is a snapshot keyed by SKU, so the latest one wins.
 */
@ApplicationScoped
public class StockLevels {
    private final Inbox inbox;
    private final EventHandlers handlers;

    public StockLevels(Inbox inbox) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder().on(Events.INVENTORY_LEVEL_CHANGED, StockLevels::record).build();
    }

    public Map<String, Integer> available(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return StockLevel.<StockLevel>list("sku in ?1", skus).stream()
                .collect(Collectors.toMap(level -> level.sku, level -> level.available));
    }

    @Incoming("inventory-events")
    @Blocking
    public void onInventory(ConsumerRecord<String, String> record) {
        inbox.receive("orders.inventory-events", record, handlers);
    }

    private static void record(InventoryLevelChanged level) {
        StockLevel stock = StockLevel.findById(level.sku());
        boolean first = stock == null;
        if (first) {
            stock = new StockLevel();
            stock.sku = level.sku();
        }
        stock.available = level.available();
        stock.updatedAt = OffsetDateTime.now();
        if (first) {
            stock.persist();
        }
    }
}
