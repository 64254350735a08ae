package dev.comptoir.payments;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.orders.AuthorizePayment;
import dev.comptoir.testing.HostileBodies;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.LogCapture;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Card numbers, CVCs, vault tokens and bearer tokens pass through payments-service on every checkout: none of them
 * may reach a log line, whether the flow succeeds, is declined, or is refused as malformed.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class SecretsStayOutOfLogsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String GOOD_CARD = "4242424242424242";
    private static final String DECLINED_CARD = "4000000000000002";
    private static final String WRONG_TOKEN = "sk_live_51WrongAgentTokenThatMustNotBeLogged";
    private static final Pattern CVC = Pattern.compile("cvc\\W{0,4}223");

    @Test
    void cardDataAndTokensNeverReachTheLogs() throws Exception {
        List<String> lines;
        String paidWith;
        String declinedWith;
        try (LogCapture logs = LogCapture.start(); KafkaTestClient kafka = KafkaTestClient.forApplication(
                Topics.PAYMENTS)) {
            String paid = KafkaTestClient.newOrderId();
            paidWith = SandboxTokens.issue(GOOD_CARD, 5000, "cs_" + paid);
            String commandId = UUID.randomUUID().toString();
            AuthorizePayment paying = OrderEvents.authorize(paid, "cs_" + paid, paidWith, 1000);
            kafka.publish(Events.AUTHORIZE_PAYMENT, paying, commandId);
            kafka.publish(Events.AUTHORIZE_PAYMENT, paying, commandId);
            String declined = KafkaTestClient.newOrderId();
            declinedWith = SandboxTokens.issue(DECLINED_CARD, 5000, "cs_" + declined);
            kafka.publish(Events.AUTHORIZE_PAYMENT, OrderEvents.authorize(declined, "cs_" + declined, declinedWith,
                    1000), UUID.randomUUID().toString());
            kafka.await(Events.PAYMENT_AUTHORIZED, e -> e.orderId().equals(paid), WAIT);
            kafka.await(Events.PAYMENT_FAILED, e -> e.orderId().equals(declined), WAIT);
            await().atMost(WAIT).until(() -> logs.lines().stream().anyMatch(line -> line.contains("already applied")));

            String valid = new ObjectMapper().writeValueAsString(
                    SandboxTokens.delegatePaymentBody(GOOD_CARD, 5000, "cs_malformed"));
            Random random = new Random(20261130L);
            for (int i = 0; i < 40; i++) {
                SandboxTokens.agent().body(HostileBodies.next(random, valid)).post("/agentic_commerce/delegate_payment");
            }
            given().auth().oauth2(WRONG_TOKEN).contentType("application/json").header("API-Version", "2026-04-17")
                    .body(valid).post("/agentic_commerce/delegate_payment").then().statusCode(401);
            given().auth().oauth2("local-merchant-token").queryParam("order_id", paid).get("/payments")
                    .then().statusCode(200);
            lines = logs.lines();
        }

        assertFalse(lines.isEmpty(), "nothing was captured: the check would prove nothing");
        for (String line : lines) {
            for (String secret : List.of(GOOD_CARD, DECLINED_CARD, paidWith, declinedWith, WRONG_TOKEN,
                    "local-agent-token", "local-merchant-token")) {
                assertFalse(line.contains(secret), "a log line shows " + secret + ": " + line);
            }
            assertFalse(CVC.matcher(line).find(), "a log line shows the CVC: " + line);
        }
        assertTrue(lines.stream().filter(line -> line.contains("already applied")).allMatch(line -> line.contains(
                "order_id=")), "lines logged while an event is handled carry the order it is about");
    }
}
