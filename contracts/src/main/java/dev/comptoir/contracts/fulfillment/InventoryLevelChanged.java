package dev.comptoir.contracts.fulfillment;

import dev.comptoir.contracts.KeyedEvent;

/**
 * A SKU's stock level just after it changed (a reservation, a release, a warehouse count): a snapshot, not a delta.
 * Keyed by SKU, so one SKU's levels arrive in the order they happened; a consumer upserts it and the latest wins.
 */
public record InventoryLevelChanged(String sku, int onHand, int reserved, int available) implements KeyedEvent {
    @Override
    public String key() {
        return sku;
    }
}
