package dev.comptoir.fulfillment.observability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import dev.comptoir.testing.PostgresDatabaseResource.PostgresServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** An instance whose database or broker is gone says so on /q/health/ready, and comes back once it returns. */
@QuarkusTest
@TestProfile(ReadinessIT.OwnInstance.class)
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class ReadinessIT {
    private static final String DATABASE_CHECK = "Database connections health check";
    private static final String KAFKA_CHECK = "Kafka connection health check";

    /** Its own application instance: the outage below must not leave other tests a pool of cut connections. */
    public static class OwnInstance implements QuarkusTestProfile {
    }

    @Test
    void readinessCoversTheDatabaseAndTheBroker() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(DATABASE_CHECK, KAFKA_CHECK));
    }

    @Test
    void databaseOutageMakesTheInstanceNotReadyUntilTheDatabaseIsBack() {
        PostgresServer server = PostgresServer.fromEnvironment();
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.substring(url.lastIndexOf('/') + 1);
        try {
            server.refuseConnections(database);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(503)
                    .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("DOWN")));
        } finally {
            server.acceptConnections(database);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200));
    }
}
