package dev.comptoir.orders.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The product feed agent platforms ingest: ACP feed {@code Product} objects, one JSON object per line. */
@Path("/feed")
public class FeedResource {
    private final ObjectMapper objectMapper;
    private final String baseUrl;
    private final String feedId;
    private final String targetCountry;
    private final String currency;
    private final StockLevels stock;
    private final int lowStockThreshold;

    public FeedResource(ObjectMapper objectMapper, @ConfigProperty(name = "comptoir.shop.base-url") String baseUrl,
            @ConfigProperty(name = "comptoir.feed.id") String feedId,
            @ConfigProperty(name = "comptoir.feed.target-country") String targetCountry,
            @ConfigProperty(name = "comptoir.feed.currency") String currency, StockLevels stock,
            @ConfigProperty(name = "comptoir.checkout.low-stock-threshold") int lowStockThreshold) {
        this.objectMapper = objectMapper;
        this.baseUrl = baseUrl;
        this.feedId = feedId;
        this.targetCountry = targetCountry;
        this.currency = currency;
        this.stock = stock;
        this.lowStockThreshold = lowStockThreshold;
    }

    /** ACP {@code FeedMetadata}: which feed this is, for which country, and when the catalog last changed. */
    @GET
    @Path("/metadata.json")
    @Produces(MediaType.APPLICATION_JSON)
    public FeedMetadata metadata() {
        return new FeedMetadata(feedId, targetCountry, CatalogItem.lastUpdate().orElse(null));
    }

    public record FeedMetadata(String id, String targetCountry, OffsetDateTime updatedAt) {
    }

    @GET
    @Path("/products.jsonl")
    @Produces("application/jsonl")
    public String products() {
        List<CatalogItem> items = CatalogItem.listActive();
        Map<String, Integer> available = stock.available(items.stream().map(item -> item.sku).toList());
        return ProductFeed.products(items, baseUrl, currency, available, lowStockThreshold).stream()
                .map(this::json)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
