package dev.comptoir.fulfillment.shipment;

import java.util.Locale;

/**
 * Where a shipment is: {@code PENDING} (to pick, pack and hand to the carrier) → {@code SHIPPED} → {@code DELIVERED};
 * a digital shipment goes from pending to delivered at once; only a pending shipment can be canceled.
 */
public enum ShipmentStatus {
    PENDING, SHIPPED, DELIVERED, CANCELED;

    public Transition toward(ShipmentStatus target, ShipmentMethod method) {
        if (this == target) {
            return Transition.ALREADY_DONE;
        }
        boolean legal = switch (target) {
            case PENDING -> false;
            case SHIPPED -> this == PENDING && method == ShipmentMethod.SHIPPING;
            case DELIVERED -> this == SHIPPED || this == PENDING && method == ShipmentMethod.DIGITAL;
            case CANCELED -> this == PENDING;
        };
        return legal ? Transition.APPLY : Transition.ILLEGAL;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
