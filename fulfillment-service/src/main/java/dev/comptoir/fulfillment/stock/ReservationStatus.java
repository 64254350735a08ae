package dev.comptoir.fulfillment.stock;

/** {@code SHIPPED}: the reserved goods left the warehouse in the order's parcel; nothing is held any more. */
public enum ReservationStatus {
    RESERVED, SHORTAGE, RELEASED, SHIPPED
}
