package dev.comptoir.payments.payment;

/**
 * When the money is taken ({@code comptoir.payments.capture}): {@code at_shipment} authorizes at order time and
 * captures when the first parcel ships (digital-only orders at confirmation); a cancellation before that voids.
 * {@code immediate} captures with the authorization (for providers or tokens that allow no manual capture); a
 * cancellation then refunds.
 */
public enum CaptureStrategy {
    AT_SHIPMENT, IMMEDIATE
}
