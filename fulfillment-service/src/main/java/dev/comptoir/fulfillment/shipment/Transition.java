package dev.comptoir.fulfillment.shipment;

/** What asking a shipment to move to a status does. */
public enum Transition {
    /** The move is legal: apply it and publish it. */
    APPLY,
    /** The shipment is there already: nothing to do, nothing to publish. */
    ALREADY_DONE,
    ILLEGAL
}
