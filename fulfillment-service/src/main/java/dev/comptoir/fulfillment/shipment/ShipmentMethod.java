package dev.comptoir.fulfillment.shipment;

import dev.comptoir.contracts.orders.OrderLine;
import java.util.Locale;

/** How a fulfillment group reaches the buyer: a parcel, or a download. */
public enum ShipmentMethod {
    SHIPPING, DIGITAL;

    public static ShipmentMethod of(OrderLine line) {
        return line.digital() ? DIGITAL : SHIPPING;
    }

    /** The name on the wire: {@code shipping}, {@code digital}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
