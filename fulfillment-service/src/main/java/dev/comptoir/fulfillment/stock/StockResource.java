package dev.comptoir.fulfillment.stock;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Sku;
import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.outbox.Outbox;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;

/** The warehouse's stock counts: what is on hand, and how much of it orders hold. */
@Path("/stock/{sku}")
@Authenticated(Caller.MERCHANT)
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {
    private final Outbox outbox;

    public StockResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @GET
    public StockLevel get(@PathParam("sku") String sku) {
        return StockItem.<StockItem>findByIdOptional(sku).map(StockLevel::of)
                .orElseThrow(() -> ApiException.notFound("Stock for SKU " + sku));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public StockLevel put(@PathParam("sku") String sku, StockUpdate update) {
        if (!Sku.isValid(sku)) {
            throw ApiException.badRequest("invalid", Sku.RULE, null);
        }
        if (update == null || update.onHand() == null || update.onHand() < 0) {
            throw ApiException.badRequest("invalid", "on_hand must be a number of units, zero or more", "on_hand");
        }
        OffsetDateTime now = OffsetDateTime.now();
        StockItem item = StockItem.lockForUpdate(sku).orElse(null);
        if (item == null) {
            item = new StockItem();
            item.sku = sku;
            item.onHand = update.onHand();
            item.updatedAt = now;
            item.persist();
        } else if (update.onHand() < item.reserved) {
            throw new ApiException(409, ApiError.invalidRequest("below_reserved",
                    "on_hand cannot go below the " + item.reserved + " units reserved by orders", "on_hand"));
        } else {
            item.onHand = update.onHand();
            item.updatedAt = now;
        }
        outbox.append(Events.INVENTORY_LEVEL_CHANGED, item.levelChanged());
        return StockLevel.of(item);
    }
}
