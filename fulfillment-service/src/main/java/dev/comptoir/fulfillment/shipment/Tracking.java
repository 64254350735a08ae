package dev.comptoir.fulfillment.shipment;

/** A parcel in a carrier's hands; {@code trackingUrl} is null when we do not know the carrier's tracking page. */
public record Tracking(String carrier, String trackingNumber, String trackingUrl) {
}
