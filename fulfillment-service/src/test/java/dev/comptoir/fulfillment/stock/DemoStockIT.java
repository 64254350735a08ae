package dev.comptoir.fulfillment.stock;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.InventoryLevelChanged;
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
@TestProfile(DemoStockIT.WithDemoStock.class)
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class DemoStockIT {

    @Test
    void seededStockPublishesItsLevel() {
        try (KafkaTestClient kafka = KafkaTestClient.forApplication(Topics.INVENTORY)) {
            kafka.await(Events.INVENTORY_LEVEL_CHANGED, new InventoryLevelChanged("demo-mug", 12, 0, 12)::equals,
                    Duration.ofSeconds(20));
        }
    }

    public static class WithDemoStock implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("comptoir.demo.stock", "demo-mug:12");
        }
    }
}
