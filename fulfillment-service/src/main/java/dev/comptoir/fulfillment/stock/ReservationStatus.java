package dev.comptoir.fulfillment.stock;

public enum ReservationStatus {
    RESERVED, SHORTAGE, RELEASED
}
