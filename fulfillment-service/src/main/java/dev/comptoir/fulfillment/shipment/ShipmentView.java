package dev.comptoir.fulfillment.shipment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A shipment as the warehouse sees it: its pick list, where it is, and how to follow it. */
public record ShipmentView(String id, String orderId, String method, String status, List<LineView> lines,
        String carrier, String trackingNumber, String trackingUrl, String downloadUrl, OffsetDateTime createdAt,
        OffsetDateTime shippedAt, OffsetDateTime deliveredAt, OffsetDateTime canceledAt, OffsetDateTime updatedAt) {

    /** A line to pick, {@code id} being the order line's. */
    public record LineView(String id, String sku, String name, int quantity, Map<String, String> customizations) {
    }

    static ShipmentView of(Shipment shipment) {
        return new ShipmentView(shipment.id, shipment.orderId, shipment.method.code(), shipment.status.code(),
                shipment.lines.stream().map(line -> new LineView(line.lineId, line.sku, line.name, line.quantity,
                        line.customizations)).toList(),
                shipment.carrier, shipment.trackingNumber, shipment.trackingUrl, shipment.downloadUrl,
                shipment.createdAt, shipment.shippedAt, shipment.deliveredAt, shipment.canceledAt,
                shipment.updatedAt);
    }
}
