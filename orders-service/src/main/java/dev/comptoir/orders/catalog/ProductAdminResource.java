package dev.comptoir.orders.catalog;

import dev.comptoir.contracts.FieldLimits;
import dev.comptoir.contracts.Sku;
import dev.comptoir.orders.pricing.ShippingRates;
import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.errors.FieldChecks;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The merchant's catalog: every SKU, active or not. {@code PUT} creates or replaces a SKU, {@code DELETE} takes it off
 * sale (it stays, for the orders that reference it). Stock is fulfillment's: {@code PUT :8082/stock/{sku}}.
 */
@Path("/admin/products")
@Authenticated(Caller.MERCHANT)
@Produces(MediaType.APPLICATION_JSON)
public class ProductAdminResource {
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
        if (!Sku.isValid(sku)) {
            throw ApiException.badRequest("invalid", Sku.RULE, null);
        }
        if (update == null) {
            throw ApiException.badRequest("invalid_json", "A JSON body is required.", null);
        }
        require(update.title(), FieldLimits.TITLE, "$.title");
        require(update.productTitle(), FieldLimits.TITLE, "$.product_title");
        require(update.productId(), FieldLimits.PRODUCT_ID, "$.product_id");
        FieldChecks.maxLength(update.description(), FieldLimits.DESCRIPTION, "$.description");
        if (update.prices() == null || update.prices().isEmpty()) {
            throw ApiException.badRequest("invalid", "prices maps currencies to amounts in minor units", "$.prices");
        }
        update.prices().forEach((currency, amount) -> {
            if (!ShippingRates.CURRENCIES.contains(currency)) {
                throw ApiException.badRequest("invalid", "prices are in " + new TreeSet<>(ShippingRates.CURRENCIES)
                        + " (lowercase ISO 4217)", "$.prices." + currency);
            }
            if (amount == null) {
                throw ApiException.badRequest("invalid", "a price is an amount in minor units", "$.prices." + currency);
            }
            FieldChecks.amount(amount, "$.prices." + currency);
        });
        boolean digital = Boolean.TRUE.equals(update.digital());
        int weight = update.weightGrams() == null ? 0 : update.weightGrams();
        if (weight < 0 || weight > 1_000_000 || (!digital && weight == 0)) {
            throw ApiException.badRequest("invalid", "weight_grams is required for shipped goods, at most 1000000",
                    "$.weight_grams");
        }
        if (update.maxQuantityPerOrder() != null && update.maxQuantityPerOrder() < 1) {
            throw ApiException.badRequest("invalid", "max_quantity_per_order is at least 1",
                    "$.max_quantity_per_order");
        }
        if (update.imageUrl() != null && !update.imageUrl().matches("(https?://|/)[^\\s]{1,990}")) {
            throw ApiException.badRequest("invalid", "image_url is an http(s) URL or a path on this shop",
                    "$.image_url");
        }
        List<CatalogItem.VariantOption> options = update.variantOptions() == null ? List.of() : update.variantOptions();
        for (int i = 0; i < options.size(); i++) {
            CatalogItem.VariantOption option = options.get(i);
            if (option == null) {
                throw ApiException.badRequest("invalid", "a variant option has a name and a value",
                        "$.variant_options[" + i + "]");
            }
            require(option.name(), 100, "$.variant_options[" + i + "].name");
            require(option.value(), 100, "$.variant_options[" + i + "].value");
        }
        List<CatalogItem.CustomizationField> fields = update.customizationFields() == null ? List.of()
                : update.customizationFields();
        for (int i = 0; i < fields.size(); i++) {
            CatalogItem.CustomizationField field = fields.get(i);
            String param = "$.customization_fields[" + i + "]";
            if (field == null || field.id() == null
                    || !field.id().matches("[a-z][a-z0-9_]{0," + (FieldLimits.CUSTOMIZATION_NAME - 1) + "}")) {
                throw ApiException.badRequest("invalid", "a customization field id is 1 to "
                        + FieldLimits.CUSTOMIZATION_NAME + " lowercase letters, digits or '_'", param + ".id");
            }
            require(field.label(), 100, param + ".label");
            if (field.maxLength() < 1 || field.maxLength() > 500) {
                throw ApiException.badRequest("invalid", "max_length is 1 to 500", param + ".max_length");
            }
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
        item.prices.clear();
        item.prices.putAll(update.prices());
        item.weightGrams = digital ? 0 : weight;
        item.digital = digital;
        item.imageUrl = update.imageUrl();
        item.maxQuantityPerOrder = update.maxQuantityPerOrder();
        item.variantOptions = options;
        item.customizationFields = fields;
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
        if (value == null || value.isBlank() || value.length() > maxLength
                || value.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("invalid", param.substring(2) + " is required, at most " + maxLength
                    + " characters on one line, without control characters", param);
        }
    }

    public record ProductUpdate(String productId, String productTitle, String title, String description,
            Map<String, Long> prices, Integer weightGrams, Boolean digital, String imageUrl,
            Integer maxQuantityPerOrder, List<CatalogItem.VariantOption> variantOptions,
            List<CatalogItem.CustomizationField> customizationFields, Boolean active) {
    }

    public record ProductView(String sku, String productId, String productTitle, String title, String description,
            Map<String, Long> prices, int weightGrams, boolean digital, String imageUrl, Integer maxQuantityPerOrder,
            List<CatalogItem.VariantOption> variantOptions, List<CatalogItem.CustomizationField> customizationFields,
            boolean active, OffsetDateTime updatedAt) {
        static ProductView of(CatalogItem item) {
            return new ProductView(item.sku, item.productId, item.productTitle, item.title, item.description,
                    new TreeMap<>(item.prices), item.weightGrams, item.digital, item.imageUrl,
                    item.maxQuantityPerOrder, item.variantOptions(), item.customizationFields(), item.active,
                    item.updatedAt);
        }
    }
}
