package dev.comptoir.orders.saga;

import dev.comptoir.orders.order.OrderShipment.ShipmentStatus;
import dev.comptoir.orders.order.OrderStatus;
import java.util.List;
import java.util.Optional;

/**
 * After placement, shipments move the order on, and decide whether it may still be canceled.
 *
 * <pre>
 * confirmed --(shipment created)--> processing --(a shipment shipped or delivered)--> shipped
 *           --(every shipment delivered)--> completed
 * created / confirmed / processing --(cancel, nothing shipped)--> canceled
 * any --(dispute opened, refund failing for good)--> manual_review
 * </pre>
 */
public final class OrderProgress {
    private OrderProgress() {
    }

    /** The order's status once its shipments are as given; canceled, under review or unplaced orders stay as they are. */
    public static OrderStatus afterShipments(OrderStatus current, List<ShipmentStatus> shipments) {
        if (current == OrderStatus.CREATED || current == OrderStatus.CANCELED || current == OrderStatus.MANUAL_REVIEW) {
            return current;
        }
        List<ShipmentStatus> live = shipments.stream().filter(status -> status != ShipmentStatus.CANCELED).toList();
        if (live.isEmpty()) {
            return current;
        }
        if (live.stream().allMatch(status -> status == ShipmentStatus.DELIVERED)) {
            return OrderStatus.COMPLETED;
        }
        if (live.stream().anyMatch(status -> status == ShipmentStatus.SHIPPED || status == ShipmentStatus.DELIVERED)) {
            return OrderStatus.SHIPPED;
        }
        return OrderStatus.PROCESSING;
    }

    /** Why the order can no longer be canceled; empty when it can. */
    public static Optional<String> cannotCancel(OrderStatus current, List<ShipmentStatus> shipments) {
        if (current == OrderStatus.MANUAL_REVIEW) {
            return Optional.of("The order is under manual review: the merchant will contact the buyer.");
        }
        if (current == OrderStatus.COMPLETED || shipments.stream()
                .anyMatch(status -> status == ShipmentStatus.SHIPPED || status == ShipmentStatus.DELIVERED)) {
            return Optional.of("Part of the order has already been sent: request a return instead "
                    + "(POST /orders/{id}/returns).");
        }
        return Optional.empty();
    }
}
