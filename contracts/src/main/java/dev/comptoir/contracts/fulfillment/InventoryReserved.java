package dev.comptoir.contracts.fulfillment;

import dev.comptoir.contracts.OrderEvent;
import java.util.List;

public record InventoryReserved(String orderId, List<ReservedLine> lines) implements OrderEvent {
}
