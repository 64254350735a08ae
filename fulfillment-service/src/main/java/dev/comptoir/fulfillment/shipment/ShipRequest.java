package dev.comptoir.fulfillment.shipment;

/** The warehouse handed the parcel over; without carrier and tracking number, the simulated carrier takes it. */
public record ShipRequest(String carrier, String trackingNumber) {
}
