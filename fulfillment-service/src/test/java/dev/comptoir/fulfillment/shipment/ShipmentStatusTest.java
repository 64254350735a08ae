package dev.comptoir.fulfillment.shipment;

import static dev.comptoir.fulfillment.shipment.ShipmentMethod.DIGITAL;
import static dev.comptoir.fulfillment.shipment.ShipmentMethod.SHIPPING;
import static dev.comptoir.fulfillment.shipment.ShipmentStatus.CANCELED;
import static dev.comptoir.fulfillment.shipment.ShipmentStatus.DELIVERED;
import static dev.comptoir.fulfillment.shipment.ShipmentStatus.PENDING;
import static dev.comptoir.fulfillment.shipment.ShipmentStatus.SHIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShipmentStatusTest {

    @Test
    void parcelShipsThenArrives() {
        assertEquals(Transition.APPLY, PENDING.toward(SHIPPED, SHIPPING));
        assertEquals(Transition.APPLY, SHIPPED.toward(DELIVERED, SHIPPING));
    }

    @Test
    void parcelCannotArriveBeforeItShipped() {
        assertEquals(Transition.ILLEGAL, PENDING.toward(DELIVERED, SHIPPING));
    }

    @Test
    void deliveredOrCanceledParcelCannotShip() {
        assertEquals(Transition.ILLEGAL, DELIVERED.toward(SHIPPED, SHIPPING));
        assertEquals(Transition.ILLEGAL, CANCELED.toward(SHIPPED, SHIPPING));
        assertEquals(Transition.ILLEGAL, CANCELED.toward(DELIVERED, SHIPPING));
    }

    @Test
    void repeatingAMoveIsAlreadyDone() {
        assertEquals(Transition.ALREADY_DONE, SHIPPED.toward(SHIPPED, SHIPPING));
        assertEquals(Transition.ALREADY_DONE, DELIVERED.toward(DELIVERED, SHIPPING));
        assertEquals(Transition.ALREADY_DONE, DELIVERED.toward(DELIVERED, DIGITAL));
        assertEquals(Transition.ALREADY_DONE, CANCELED.toward(CANCELED, SHIPPING));
    }

    @Test
    void onlyWhatIsStillInTheWarehouseCanBeCanceled() {
        assertEquals(Transition.APPLY, PENDING.toward(CANCELED, SHIPPING));
        assertEquals(Transition.ILLEGAL, SHIPPED.toward(CANCELED, SHIPPING));
        assertEquals(Transition.ILLEGAL, DELIVERED.toward(CANCELED, DIGITAL));
    }

    @Test
    void downloadIsDeliveredWithoutShipping() {
        assertEquals(Transition.APPLY, PENDING.toward(DELIVERED, DIGITAL));
        assertEquals(Transition.ILLEGAL, PENDING.toward(SHIPPED, DIGITAL));
        assertEquals(Transition.ILLEGAL, DELIVERED.toward(SHIPPED, DIGITAL));
    }

    @Test
    void nothingGoesBackToPending() {
        for (ShipmentStatus status : new ShipmentStatus[] {SHIPPED, DELIVERED, CANCELED}) {
            assertEquals(Transition.ILLEGAL, status.toward(PENDING, SHIPPING));
        }
    }
}
