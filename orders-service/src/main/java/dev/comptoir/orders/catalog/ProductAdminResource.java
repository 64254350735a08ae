package dev.comptoir.orders.catalog;

import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The merchant's catalog: every SKU, active or not. {@code PUT} creates or replaces a SKU, {@code DELETE} takes it off
 * sale (it stays, for the orders that reference it). Stock is fulfillment's: {@code PUT :8082/stock/{sku}}.
 */
@Path("/admin/products")
@Authenticated(Caller.MERCHANT)
@Produces(MediaType.APPLICATION_JSON)
public class ProductAdminResource {
    private static final String SKU = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    @GET
    public List<ProductView> list() {
        return CatalogItem.listAll().stream().map(ProductView::of).toList();
    }

    @GET
    @Path("/{sku}")
    public ProductView get(@PathParam("sku") String sku) {
        return CatalogItem.<CatalogItem>findByIdOptional(sku).map(ProductView::of)
                .orElseThrow(() -> ApiException.notFound("Product " + sku));
    }

    @PUT
    @Path("/{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public ProductView put(@PathParam("sku") String sku, ProductUpdate update) {
        if (!sku.matches(SKU)) {
            throw ApiException.badRequest("invalid", "A SKU is 1 to 100 letters, digits, '.', '_' or '-'", null);
        }
        if (update == null) {
            throw ApiException.badRequest("invalid_json", "A JSON body is required.", null);
        }
        require(update.title(), 300, "$.title");
        require(update.productTitle(), 300, "$.product_title");
        require(update.productId(), 100, "$.product_id");
        if (update.description() != null && update.description().length() > 5000) {
            throw ApiException.badRequest("invalid", "description is at most 5000 characters", "$.description");
        }
        if (update.price() == null || update.price() < 0) {
            throw ApiException.badRequest("invalid", "price is an amount in minor units, zero or more", "$.price");
        }
        if (update.currency() == null || !update.currency().matches("[a-z]{3}")) {
            throw ApiException.badRequest("invalid", "currency is a lowercase ISO 4217 code", "$.currency");
        }
        CatalogItem item = CatalogItem.findById(sku);
        boolean created = item == null;
        if (created) {
            item = new CatalogItem();
            item.sku = sku;
        }
        item.productId = update.productId();
        item.productTitle = update.productTitle();
        item.title = update.title();
        item.description = update.description();
        item.price = update.price();
        item.currency = update.currency();
        item.active = update.active() == null || update.active();
        item.updatedAt = OffsetDateTime.now();
        if (created) {
            item.persist();
        }
        return ProductView.of(item);
    }

    @DELETE
    @Path("/{sku}")
    @Transactional
    public ProductView takeOffSale(@PathParam("sku") String sku) {
        CatalogItem item = CatalogItem.<CatalogItem>findByIdOptional(sku)
                .orElseThrow(() -> ApiException.notFound("Product " + sku));
        item.active = false;
        item.updatedAt = OffsetDateTime.now();
        return ProductView.of(item);
    }

    private static void require(String value, int maxLength, String param) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw ApiException.badRequest("invalid", param.substring(2) + " is required, at most " + maxLength
                    + " characters", param);
        }
    }

    public record ProductUpdate(String productId, String productTitle, String title, String description, Long price,
            String currency, Boolean active) {
    }

    public record ProductView(String sku, String productId, String productTitle, String title, String description,
            long price, String currency, boolean active, OffsetDateTime updatedAt) {
        static ProductView of(CatalogItem item) {
            return new ProductView(item.sku, item.productId, item.productTitle, item.title, item.description,
                    item.price, item.currency, item.active, item.updatedAt);
        }
    }
}
