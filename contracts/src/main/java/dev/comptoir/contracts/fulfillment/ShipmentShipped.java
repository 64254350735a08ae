package dev.comptoir.contracts.fulfillment;

import dev.comptoir.contracts.OrderEvent;

/** A parcel of the order left the warehouse with the carrier. */
public record ShipmentShipped(String orderId, String shipmentId, String carrier, String trackingNumber,
        String trackingUrl) implements OrderEvent {
}
