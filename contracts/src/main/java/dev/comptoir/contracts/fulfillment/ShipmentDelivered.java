package dev.comptoir.contracts.fulfillment;

import dev.comptoir.contracts.OrderEvent;

/** The shipment reached the buyer; a digital one carries its {@code downloadUrl} (null for parcels). */
public record ShipmentDelivered(String orderId, String shipmentId, String downloadUrl) implements OrderEvent {
}
