package dev.comptoir.payments.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.orders.AuthorizePayment;
import dev.comptoir.contracts.orders.RefundRequested;
import dev.comptoir.contracts.payments.RefundSucceeded;
import dev.comptoir.payments.OrderEvents;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The whole money flow with Stripe as the provider (the real stripe-java client against {@link StripeStandIn}):
 * events redelivered by Kafka never make a second call to Stripe, and each call carries its business key.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
@WithTestResource(StripeStandIn.class)
class StripeMoneyFlowIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void redeliveredEventsMoveTheMoneyAtStripeOnce() {
        String orderId = KafkaTestClient.newOrderId();
        String intent = "pi_" + orderId;
        StripeStandIn.stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(json(paymentIntent(intent,
                "requires_capture"))));
        StripeStandIn.stripe.stubFor(post(urlEqualTo("/v1/payment_intents/" + intent + "/capture"))
                .willReturn(json(paymentIntent(intent, "succeeded"))));
        StripeStandIn.stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(json("""
                {"id": "re_1", "object": "refund", "amount": 1500, "currency": "usd", "status": "succeeded",
                 "payment_intent": "%s", "created": 1767225600}""".formatted(intent))));

        try (KafkaTestClient kafka = KafkaTestClient.forApplication(Topics.PAYMENTS)) {
            AuthorizePayment command = OrderEvents.authorize(orderId, "cs_" + orderId, "spt_test_123", 4200);
            kafka.publish(Events.AUTHORIZE_PAYMENT, command, UUID.randomUUID().toString());
            kafka.publish(Events.AUTHORIZE_PAYMENT, command, UUID.randomUUID().toString());
            kafka.await(Events.PAYMENT_AUTHORIZED, e -> e.orderId().equals(orderId), WAIT);

            ShipmentShipped shipped = new ShipmentShipped(orderId, "shp_1", "simulated", "T1", null);
            kafka.publish(Events.SHIPMENT_SHIPPED, shipped, UUID.randomUUID().toString());
            kafka.publish(Events.SHIPMENT_SHIPPED, shipped, UUID.randomUUID().toString());
            kafka.await(Events.PAYMENT_CAPTURED, e -> e.orderId().equals(orderId), WAIT);

            RefundRequested refund = new RefundRequested(orderId, "rf_" + orderId, 1500, "damaged");
            kafka.publish(Events.REFUND_REQUESTED, refund, UUID.randomUUID().toString());
            kafka.publish(Events.REFUND_REQUESTED, refund, UUID.randomUUID().toString());
            kafka.await(Events.REFUND_SUCCEEDED, e -> e.refundId().equals(refund.refundId()), WAIT);
            assertEquals(List.of(refund.refundId(), refund.refundId()), kafka.eventsAfter(Duration.ofSeconds(2),
                    Events.REFUND_SUCCEEDED, e -> e.orderId().equals(orderId)).stream()
                    .map(RefundSucceeded::refundId).toList(), "asked twice, told twice, refunded once (below)");
        }

        StripeStandIn.stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", equalTo("comptoir-authorize-" + orderId)));
        StripeStandIn.stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/" + intent + "/capture"))
                .withHeader("Idempotency-Key", equalTo("comptoir-capture-" + orderId)));
        StripeStandIn.stripe.verify(1, postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo("comptoir-refund-rf_" + orderId)));
        given().auth().oauth2("local-merchant-token").queryParam("order_id", orderId).get("/payments")
                .then().statusCode(200)
                .body("[0].provider", Matchers.equalTo("stripe"))
                .body("[0].captured", Matchers.equalTo(4200))
                .body("[0].refunded", Matchers.equalTo(1500));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String paymentIntent(String id, String status) {
        return """
                {"id": "%s", "object": "payment_intent", "amount": 4200, "amount_capturable": 4200,
                 "amount_received": 0, "currency": "usd", "status": "%s", "capture_method": "manual",
                 "livemode": false, "payment_method_types": ["card"], "created": 1767225600}
                """.formatted(id, status);
    }
}
