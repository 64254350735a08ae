package dev.comptoir.contracts.fulfillment;

import java.util.Map;

/** A line (or part of it) in a shipment; {@code customizations} go onto the pick list (an engraving). */
public record ShipmentLine(String lineId, String sku, String name, int quantity, Map<String, String> customizations) {
}
