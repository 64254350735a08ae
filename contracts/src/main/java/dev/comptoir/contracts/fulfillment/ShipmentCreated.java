package dev.comptoir.contracts.fulfillment;

import dev.comptoir.contracts.OrderEvent;
import java.util.List;

/** A confirmed order's lines of one fulfillment group became a shipment: {@code method} shipping or digital. */
public record ShipmentCreated(String orderId, String shipmentId, String method, List<ShipmentLine> lines)
        implements OrderEvent {
}
