package dev.comptoir.orders.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The product feed agent platforms ingest: ACP feed {@code Product} objects, one JSON object per line. */
@Path("/feed")
public class FeedResource {
    private final ObjectMapper objectMapper;
    private final String baseUrl;

    public FeedResource(ObjectMapper objectMapper, @ConfigProperty(name = "comptoir.shop.base-url") String baseUrl) {
        this.objectMapper = objectMapper;
        this.baseUrl = baseUrl;
    }

    @GET
    @Path("/products.jsonl")
    @Produces("application/jsonl")
    public String products() {
        return ProductFeed.products(CatalogItem.listActive(), baseUrl).stream()
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
