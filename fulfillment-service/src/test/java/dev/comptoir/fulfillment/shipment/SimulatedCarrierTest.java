package dev.comptoir.fulfillment.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimulatedCarrierTest {
    private final SimulatedCarrier carrier = new SimulatedCarrier("https://track.example/");

    @Test
    void trackingNumberIsSimAndTwelveDigitsFollowedAtTheBaseUrl() {
        Tracking tracking = carrier.dispatch("shp_1");
        assertTrue(tracking.trackingNumber().matches("SIM\\d{12}"), tracking.trackingNumber());
        assertEquals("simulated", tracking.carrier());
        assertEquals("https://track.example/" + tracking.trackingNumber(), tracking.trackingUrl());
    }

    @Test
    void sameShipmentGetsTheSameTrackingNumberAndOthersAnother() {
        assertEquals(carrier.dispatch("shp_1"), carrier.dispatch("shp_1"));
        assertNotEquals(carrier.dispatch("shp_1").trackingNumber(), carrier.dispatch("shp_2").trackingNumber());
    }

    @Test
    void otherCarriersTrackingPagesAreUnknown() {
        assertNull(carrier.trackingUrl("ups", "1Z999"));
    }

    @Test
    void returnLabelIsNamedAfterTheRma() {
        assertEquals("https://track.example/labels/RMA-123", carrier.returnLabelUrl("RMA-123"));
    }
}
