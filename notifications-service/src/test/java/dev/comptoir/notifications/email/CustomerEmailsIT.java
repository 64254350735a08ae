package dev.comptoir.notifications.email;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class CustomerEmailsIT {
    private static final Customer ADA = new Customer("Ada Lovelace", "ada@example.com");

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
    void confirmedOrderSendsOneConfirmationEmailEvenWhenRedelivered() {
        String orderId = KafkaTestClient.newOrderId();
        OrderConfirmed confirmed = new OrderConfirmed(orderId, ADA, "usd",
                List.of(new OrderLine("li_1", "mug-black", "Black mug", 1, 1800, 1800, false, Map.of())), 2300);
        String eventId = UUID.randomUUID().toString();
        kafka.publish(Events.ORDER_CONFIRMED, confirmed, eventId);
        kafka.publish(Events.ORDER_CONFIRMED, confirmed, eventId);
        kafka.publish(Events.ORDER_CONFIRMED, confirmed, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> emails(orderId).body("", hasSize(1)));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> emails(orderId).body("", hasSize(1)));
        emails(orderId).body("", hasSize(1))
                .body("[0].kind", equalTo("order_confirmation"))
                .body("[0].to", equalTo("ada@example.com"));
    }

    @Test
    void canceledOrderSendsACancellationEmail() {
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_CANCELED, new OrderCanceled(orderId, "payment_failed", ADA),
                UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> emails(orderId).body("", hasSize(1))
                .body("[0].kind", equalTo("order_cancellation")));
    }

    @Test
    void emailLogNeedsAnOrderIdAndTheMerchantToken() {
        given().auth().oauth2("local-merchant-token").get("/emails").then().statusCode(400)
                .body("param", equalTo("order_id"));
        given().get("/emails?order_id=x").then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse emails(String orderId) {
        return given().auth().oauth2("local-merchant-token").queryParam("order_id", orderId).get("/emails")
                .then().statusCode(200);
    }

}
