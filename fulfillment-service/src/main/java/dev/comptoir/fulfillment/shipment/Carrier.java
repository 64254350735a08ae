package dev.comptoir.fulfillment.shipment;

/** The carrier that takes parcels out and brings returns back. */
public interface Carrier {

    /** Labels the shipment's parcel and hands it over: the same shipment always gets the same tracking. */
    Tracking dispatch(String shipmentId);

    /** Where a tracking number of this carrier can be followed, or null when it is another carrier's. */
    String trackingUrl(String carrier, String trackingNumber);

    /** A prepaid label for the buyer to send a return back under its RMA number. */
    String returnLabelUrl(String rmaNumber);
}
