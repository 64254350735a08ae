package dev.comptoir.payments.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.payments.RefundSucceeded;
import dev.comptoir.payments.OrderEvents;
import dev.comptoir.payments.SandboxTokens;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Under {@code comptoir.payments.capture=immediate} the money is taken with the authorization; a cancellation refunds. */
@QuarkusTest
@TestProfile(ImmediateCaptureIT.ImmediateCapture.class)
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class ImmediateCaptureIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    public static class ImmediateCapture implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("comptoir.payments.capture", "immediate");
        }
    }

    @Test
    void authorizationTakesTheMoneyAndACancellationRefundsIt() {
        try (KafkaTestClient kafka = KafkaTestClient.forApplication(Topics.PAYMENTS)) {
            String orderId = KafkaTestClient.newOrderId();
            String sessionId = "cs_" + orderId;
            String token = SandboxTokens.issue("4242424242424242", 3000, sessionId);
            kafka.publish(Events.AUTHORIZE_PAYMENT, OrderEvents.authorize(orderId, sessionId, token, 3000),
                    UUID.randomUUID().toString());
            kafka.await(Events.PAYMENT_AUTHORIZED, e -> e.orderId().equals(orderId), WAIT);
            assertEquals(3000, kafka.await(Events.PAYMENT_CAPTURED, e -> e.orderId().equals(orderId), WAIT).amount());

            kafka.publish(Events.ORDER_CANCELED, new OrderCanceled(orderId, "inventory_shortage", OrderEvents.ADA, null),
                    UUID.randomUUID().toString());
            RefundSucceeded refund = kafka.await(Events.REFUND_SUCCEEDED, e -> e.orderId().equals(orderId), WAIT);
            assertEquals(3000, refund.amount());
            given().auth().oauth2("local-merchant-token").queryParam("order_id", orderId).get("/payments")
                    .then().statusCode(200)
                    .body("[0].status", equalTo("refunded"))
                    .body("[0].captured", equalTo(3000))
                    .body("[0].refunded", equalTo(3000));
        }
    }
}
