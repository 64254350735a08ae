package dev.comptoir.contracts.fulfillment;

import dev.comptoir.contracts.OrderEvent;
import java.util.List;

/** Not enough stock for these SKUs; nothing was reserved for the order. */
public record InventoryShortage(String orderId, List<String> skus) implements OrderEvent {
}
