package dev.comptoir.orders.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo catalog into an empty catalog when {@code comptoir.demo.catalog} is on (local stack, tests). */
@ApplicationScoped
public class DemoCatalog {
    private final ObjectMapper objectMapper;
    private final boolean enabled;

    public DemoCatalog(ObjectMapper objectMapper, @ConfigProperty(name = "comptoir.demo.catalog") boolean enabled) {
        this.objectMapper = objectMapper;
        this.enabled = enabled;
    }

    @Transactional
    void load(@Observes StartupEvent startup) {
        if (!enabled || CatalogItem.count() > 0) {
            return;
        }
        try (InputStream json = getClass().getResourceAsStream("/demo/catalog.json")) {
            List<DemoItem> items = objectMapper.readValue(json,
                    objectMapper.getTypeFactory().constructCollectionType(List.class, DemoItem.class));
            for (DemoItem demo : items) {
                CatalogItem item = new CatalogItem();
                item.sku = demo.sku();
                item.productId = demo.productId();
                item.productTitle = demo.productTitle();
                item.title = demo.title();
                item.description = demo.description();
                item.price = demo.price();
                item.currency = demo.currency();
                item.active = true;
                item.updatedAt = OffsetDateTime.now();
                item.persist();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The demo catalog cannot be read", e);
        }
    }

    record DemoItem(String sku, String productId, String productTitle, String title, String description, long price,
            String currency) {
    }
}
