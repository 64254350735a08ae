package dev.comptoir.fulfillment.stock;

import dev.comptoir.contracts.Events;
import dev.comptoir.platform.outbox.Outbox;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seeds the local stack's stock ({@code comptoir.demo.stock=sku:on_hand,…}) where a SKU has none yet. */
@ApplicationScoped
public class DemoStock {
    private final List<String> stock;
    private final Outbox outbox;

    public DemoStock(@ConfigProperty(name = "comptoir.demo.stock") Optional<List<String>> stock, Outbox outbox) {
        this.stock = stock.orElse(List.of());
        this.outbox = outbox;
    }

    @Transactional
    void seed(@Observes StartupEvent startup) {
        for (String entry : stock) {
            String[] skuAndQuantity = entry.trim().split(":");
            if (StockItem.findByIdOptional(skuAndQuantity[0]).isEmpty()) {
                StockItem item = new StockItem();
                item.sku = skuAndQuantity[0];
                item.onHand = Integer.parseInt(skuAndQuantity[1]);
                item.updatedAt = OffsetDateTime.now();
                item.persist();
                outbox.append(Events.INVENTORY_LEVEL_CHANGED, item.levelChanged());
            }
        }
    }
}
