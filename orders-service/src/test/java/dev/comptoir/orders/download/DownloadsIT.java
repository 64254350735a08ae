package dev.comptoir.orders.download;

import static dev.comptoir.orders.AgentRequests.agent;
import static dev.comptoir.orders.AgentRequests.placeOrder;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.contracts.EventType;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.KeyedEvent;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.InventoryReserved;
import dev.comptoir.contracts.fulfillment.ShipmentCreated;
import dev.comptoir.contracts.fulfillment.ShipmentDelivered;
import dev.comptoir.contracts.fulfillment.ShipmentLine;
import dev.comptoir.contracts.payments.PaymentAuthorized;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The link of a digital delivery gives the buyer their goods, and nothing to anyone guessing. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class DownloadsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.ORDERS);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void theDigitalDeliveryLinkOfTheAcpOrderDownloadsTheGoodsWithTheirLicenceKey() {
        String orderId = placeOrder("ebook-brewing", 1, "vt_" + UUID.randomUUID().toString().substring(0, 8));
        publish(Events.PAYMENT_AUTHORIZED, new PaymentAuthorized(orderId, "pay_" + orderId, 900, "usd"));
        publish(Events.INVENTORY_RESERVED, new InventoryReserved(orderId, List.of()));
        await().atMost(WAIT).untilAsserted(() -> agent().get("/orders/{id}", orderId).then()
                .body("status", equalTo("confirmed")));
        String token = HexFormat.of().formatHex(randomBytes());
        publish(Events.SHIPMENT_CREATED, new ShipmentCreated(orderId, "shp_" + orderId, "digital",
                List.of(new ShipmentLine("li_1", "ebook-brewing", "The Home Barista", 1, Map.of()))));
        publish(Events.SHIPMENT_DELIVERED, new ShipmentDelivered(orderId, "shp_" + orderId,
                "http://localhost:8080/downloads/" + token));
        await().atMost(WAIT).untilAsserted(() -> agent().get("/orders/{id}", orderId).then()
                .body("status", equalTo("completed")));
        String accessUrl = agent().get("/orders/{id}", orderId).then()
                .extract().path("fulfillments[0].digital_delivery.access_url");

        given().get("/downloads/" + accessUrl.substring(accessUrl.lastIndexOf('/') + 1)).then().statusCode(200)
                .contentType(containsString("text/plain"))
                .header("Content-Disposition", containsString(orderId))
                .body(containsString("The Home Barista"))
                .body(containsString("Licence key: " + DownloadLink.licenceKey(token, "li_1")));
    }

    @Test
    void anUnknownOrMalformedTokenIsNotFound() {
        given().get("/downloads/" + HexFormat.of().formatHex(randomBytes())).then().statusCode(404)
                .body("code", equalTo("not_found"));
        given().get("/downloads/not-a-token").then().statusCode(404).body("code", equalTo("not_found"));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private <T extends KeyedEvent> void publish(EventType<T> type, T event) {
        kafka.publish(type, event, UUID.randomUUID().toString());
    }
}
