package dev.comptoir.fulfillment.shipment;

import static dev.comptoir.fulfillment.TestOrders.confirmed;
import static dev.comptoir.fulfillment.TestOrders.newEventId;
import static dev.comptoir.fulfillment.TestOrders.parcelLine;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ParcelSimulationIT.Simulated.class)
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class ParcelSimulationIT {

    @Test
    void simulatedCarrierShipsAndDeliversParcelsByItself() {
        try (KafkaTestClient kafka = KafkaTestClient.forApplication(Topics.FULFILLMENT)) {
            String orderId = KafkaTestClient.newOrderId();
            kafka.publish(Events.ORDER_CONFIRMED, confirmed(orderId, parcelLine("li_1", "mug-black", 1)),
                    newEventId());

            ShipmentShipped shipped = kafka.await(Events.SHIPMENT_SHIPPED, e -> e.orderId().equals(orderId),
                    Duration.ofSeconds(20));
            assertTrue(shipped.trackingNumber().startsWith("SIM"), shipped.trackingNumber());
            kafka.await(Events.SHIPMENT_DELIVERED, e -> e.shipmentId().equals(shipped.shipmentId()),
                    Duration.ofSeconds(20));
        }
    }

    public static class Simulated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("comptoir.fulfillment.simulation.poll-interval", "200ms",
                    "comptoir.fulfillment.simulation.ship-after", "PT0.5S",
                    "comptoir.fulfillment.simulation.deliver-after", "PT0.5S");
        }
    }
}
