package dev.comptoir.notifications.email;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.ReturnAuthorized;
import dev.comptoir.contracts.fulfillment.ReturnLine;
import dev.comptoir.contracts.fulfillment.ShipmentDelivered;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.orders.Address;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.contracts.orders.OrderPlaced;
import dev.comptoir.contracts.payments.RefundSucceeded;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
@WithTestResource(GreenMailResource.class)
class CustomerEmailsIT {
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final OrderLine MUG = new OrderLine("li_1", "mug-black", "Black mug", 2, 1200, 2400, false,
            Map.of());

    @Inject
    CustomerEmails customerEmails;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.ORDERS, Topics.PAYMENTS, Topics.FULFILLMENT);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void confirmedOrderSendsOneEnglishConfirmationWithItsLinesAndTotalEvenWhenRedelivered() throws Exception {
        String orderId = KafkaTestClient.newOrderId();
        Customer buyer = buyer(orderId);
        placed(orderId, buyer, "en-US", "usd");
        OrderConfirmed confirmed = new OrderConfirmed(orderId, buyer, "usd", List.of(MUG), 2900);
        String eventId = UUID.randomUUID().toString();
        kafka.publish(Events.ORDER_CONFIRMED, confirmed, eventId);
        kafka.publish(Events.ORDER_CONFIRMED, confirmed, eventId);
        kafka.publish(Events.ORDER_CONFIRMED, confirmed, UUID.randomUUID().toString());

        Received email = onlyEmailTo(buyer);
        assertEquals("Comptoir Demo Shop: your order " + orderId + " is confirmed", email.subject());
        assertTrue(email.text().startsWith("Hello Ada Lovelace,"), email.text());
        assertTrue(email.text().contains("2 × Black mug  $24.00"), email.text());
        assertTrue(email.text().contains("Total: $29.00"), email.text());
        assertTrue(email.html().contains("<td>Black mug</td>"), email.html());
        assertTrue(email.html().contains("lang=\"en\""), email.html());
        assertEquals("Comptoir Demo Shop <support@comptoir.example>", email.from());

        emails(orderId).body("", hasSize(1))
                .body("[0].kind", equalTo("order_confirmation"))
                .body("[0].status", equalTo("sent"))
                .body("[0].locale", equalTo("en-US"))
                .body("[0].to", equalTo(buyer.email()))
                .body("[0].subject", equalTo(email.subject()))
                .body("[0].sent_at", notNullValue());
        String logId = emails(orderId).extract().path("[0].id");
        assertEquals("<" + logId + "@comptoir.example>", email.messageId(),
                "a copy sent again after a crash has the same Message-ID: the e-mail log row's");
    }

    @Test
    void frenchBuyerGetsTheShippedEmailInFrenchWithTheTrackingLinkOncePerShipment() throws Exception {
        String orderId = KafkaTestClient.newOrderId();
        Customer buyer = buyer(orderId);
        placed(orderId, buyer, "fr-FR", "eur");
        String trackingUrl = "https://track.example/1Z999?ref=" + orderId;
        ShipmentShipped shipped = new ShipmentShipped(orderId, "shp_" + orderId, "UPS", "1Z999", trackingUrl);
        String eventId = UUID.randomUUID().toString();
        kafka.publish(Events.SHIPMENT_SHIPPED, shipped, eventId);
        kafka.publish(Events.SHIPMENT_SHIPPED, shipped, eventId);
        kafka.publish(Events.SHIPMENT_SHIPPED, shipped, UUID.randomUUID().toString());

        Received email = onlyEmailTo(buyer);
        assertEquals("Comptoir Demo Shop : votre commande " + orderId + " a été expédiée", email.subject());
        assertTrue(email.text().startsWith("Bonjour Ada Lovelace,"), email.text());
        assertTrue(email.text().contains("Votre colis est en route avec UPS, numéro de suivi 1Z999."), email.text());
        assertTrue(email.text().contains("Suivre votre colis: " + trackingUrl), email.text());
        assertTrue(email.html().contains("href=\"https://track.example/1Z999?ref=" + orderId + "\""), email.html());
        assertTrue(email.html().contains("lang=\"fr\""), email.html());
        emails(orderId).body("[0].locale", equalTo("fr-FR"));
    }

    @Test
    void shipmentEventBeforeTheOrderIsKnownWaitsForTheBuyerThenIsSent() throws Exception {
        String orderId = KafkaTestClient.newOrderId();
        Customer buyer = buyer(orderId);
        kafka.publish(Events.SHIPMENT_SHIPPED, new ShipmentShipped(orderId, "shp_" + orderId, "Colissimo", "6A1",
                null), UUID.randomUUID().toString());
        await().atMost(DELIVERY).untilAsserted(() -> emails(orderId).body("", hasSize(1))
                .body("[0].status", equalTo("waiting")));

        placed(orderId, buyer, "fr-FR", "eur");

        Received email = onlyEmailTo(buyer);
        assertTrue(email.text().contains("numéro de suivi 6A1"), email.text());
        assertFalse(email.text().contains("Suivre votre colis"), "no tracking page, no link: " + email.text());
    }

    @Test
    void deliveredParcelAndDigitalDownloadEachGetTheirEmail() throws Exception {
        String orderId = KafkaTestClient.newOrderId();
        Customer buyer = buyer(orderId);
        placed(orderId, buyer, "en-US", "usd");
        String downloadUrl = "http://localhost:8080/downloads/tok_" + orderId;
        kafka.publish(Events.SHIPMENT_DELIVERED, new ShipmentDelivered(orderId, "shp_parcel", null),
                UUID.randomUUID().toString());
        kafka.publish(Events.SHIPMENT_DELIVERED, new ShipmentDelivered(orderId, "shp_download", downloadUrl),
                UUID.randomUUID().toString());

        List<Received> received = emailsTo(buyer, 2);
        assertTrue(received.stream().allMatch(e -> e.subject().equals(
                "Comptoir Demo Shop: your order " + orderId + " was delivered")));
        assertTrue(received.stream().anyMatch(e -> e.text().contains("Your parcel has been delivered.")));
        assertTrue(received.stream().anyMatch(e -> e.text().contains("Your download is ready: " + downloadUrl)
                && e.html().contains("href=\"" + downloadUrl + "\"")));
    }

    @Test
    void authorizedReturnSendsTheRmaNumberAndTheLabelLink() throws Exception {
        String orderId = KafkaTestClient.newOrderId();
        Customer buyer = buyer(orderId);
        placed(orderId, buyer, "fr-FR", "eur");
        String labelUrl = "https://track.example/labels/RMA-00C0FFEE42.pdf";
        ReturnAuthorized authorized = new ReturnAuthorized(orderId, "ret_" + orderId, "RMA-00C0FFEE42", labelUrl,
                List.of(new ReturnLine("li_1", "mug-black", 1, null)));
        kafka.publish(Events.RETURN_AUTHORIZED, authorized, UUID.randomUUID().toString());
        kafka.publish(Events.RETURN_AUTHORIZED, authorized, UUID.randomUUID().toString());

        Received email = onlyEmailTo(buyer);
        assertEquals("Comptoir Demo Shop : votre étiquette de retour pour la commande " + orderId, email.subject());
        assertTrue(email.text().contains("accepté sous le numéro RMA-00C0FFEE42"), email.text());
        assertTrue(email.text().contains("Imprimer l'étiquette de retour: " + labelUrl), email.text());
        assertTrue(email.html().contains("href=\"" + labelUrl + "\""), email.html());
    }

    @Test
    void refundEmailWritesTheAmountInTheBuyersWayAndTheCurrencysDecimals() throws Exception {
        String yenOrder = KafkaTestClient.newOrderId();
        Customer yenBuyer = buyer(yenOrder);
        placed(yenOrder, yenBuyer, "fr-FR", "jpy");
        RefundSucceeded refund = new RefundSucceeded(yenOrder, "re_" + yenOrder, 123456, "jpy");
        kafka.publish(Events.REFUND_SUCCEEDED, refund, UUID.randomUUID().toString());
        kafka.publish(Events.REFUND_SUCCEEDED, refund, UUID.randomUUID().toString());
        String dollarOrder = KafkaTestClient.newOrderId();
        Customer dollarBuyer = buyer(dollarOrder);
        placed(dollarOrder, dollarBuyer, "en-US", "usd");
        kafka.publish(Events.REFUND_SUCCEEDED, new RefundSucceeded(dollarOrder, "re_" + dollarOrder, 1250, "usd"),
                UUID.randomUUID().toString());

        Received yen = onlyEmailTo(yenBuyer);
        assertEquals("Comptoir Demo Shop : remboursement de votre commande " + yenOrder, yen.subject());
        assertTrue(plain(yen.text()).contains("Nous vous avons remboursé 123 456 JPY pour votre commande"),
                yen.text());
        Received dollars = onlyEmailTo(dollarBuyer);
        assertTrue(dollars.text().contains("We have refunded $12.50 for your order " + dollarOrder), dollars.text());
    }

    @Test
    void declinedCardSendsOnePaymentFailureEmailSayingWhyAndNoCancellationEmail() throws Exception {
        String orderId = KafkaTestClient.newOrderId();
        Customer buyer = buyer(orderId);
        placed(orderId, buyer, "en-US", "usd");
        OrderCanceled canceled = new OrderCanceled(orderId, "payment_failed", buyer, "insufficient_funds");
        kafka.publish(Events.ORDER_CANCELED, canceled, UUID.randomUUID().toString());
        kafka.publish(Events.ORDER_CANCELED, canceled, UUID.randomUUID().toString());

        Received email = onlyEmailTo(buyer);
        assertEquals("Comptoir Demo Shop: the payment for your order " + orderId + " was declined",
                email.subject());
        assertTrue(email.text().contains("was declined, so the order has been canceled and nothing was charged"),
                email.text());
        assertTrue(email.text().contains("Your bank reported insufficient funds on the card."), email.text());
        assertTrue(email.html().contains("Your bank reported insufficient funds on the card."), email.html());
        assertFalse(email.text().contains("payment_failed"), email.text());
        emails(orderId).body("", hasSize(1)).body("[0].kind", equalTo("payment_failed"));
    }

    @Test
    void declineReasonIsToldInTheBuyersLanguageAndALostCardIsToldAsAPlainDecline() throws Exception {
        String expiredOrder = KafkaTestClient.newOrderId();
        Customer expiredBuyer = buyer(expiredOrder);
        placed(expiredOrder, expiredBuyer, "fr-FR", "eur");
        kafka.publish(Events.ORDER_CANCELED, new OrderCanceled(expiredOrder, "payment_failed", expiredBuyer,
                "expired_card"), UUID.randomUUID().toString());
        String lostOrder = KafkaTestClient.newOrderId();
        Customer lostBuyer = buyer(lostOrder);
        placed(lostOrder, lostBuyer, "en-US", "usd");
        kafka.publish(Events.ORDER_CANCELED, new OrderCanceled(lostOrder, "payment_failed", lostBuyer, "lost_card"),
                UUID.randomUUID().toString());

        assertTrue(onlyEmailTo(expiredBuyer).text().contains("La carte a expiré."));
        String lost = onlyEmailTo(lostBuyer).text();
        assertTrue(lost.contains("was declined, so the order has been canceled"), lost);
        assertFalse(lost.toLowerCase(Locale.ROOT).contains("lost"), lost);
    }

    @Test
    void orderCanceledOnRequestSendsAFrenchCancellationSayingWhy() throws Exception {
        String orderId = KafkaTestClient.newOrderId();
        Customer buyer = buyer(orderId);
        placed(orderId, buyer, "fr-FR", "eur");
        kafka.publish(Events.ORDER_CANCELED, new OrderCanceled(orderId, "canceled_on_request", buyer, null),
                UUID.randomUUID().toString());

        Received email = onlyEmailTo(buyer);
        assertEquals("Comptoir Demo Shop : votre commande " + orderId + " a été annulée", email.subject());
        assertTrue(email.text().contains("Vous nous avez demandé de l'annuler."), email.text());
        assertTrue(email.html().contains("Rien ne vous est facturé"), email.html());
    }

    @Test
    void emailQueuedWhileTheMailServerIsDownIsSentOnceItIsBack() throws Exception {
        String orderId = KafkaTestClient.newOrderId();
        Customer buyer = buyer(orderId);
        placed(orderId, buyer, "en-US", "usd");
        GreenMailResource.stopSmtp();
        try {
            kafka.publish(Events.ORDER_CONFIRMED, new OrderConfirmed(orderId, buyer, "usd", List.of(MUG), 2900),
                    UUID.randomUUID().toString());
            await().atMost(DELIVERY).untilAsserted(() -> emails(orderId).body("", hasSize(1))
                    .body("[0].status", equalTo("pending"))
                    .body("[0].attempts", greaterThanOrEqualTo(2)));
        } finally {
            GreenMailResource.startSmtp();
        }

        await().atMost(DELIVERY).untilAsserted(() -> emails(orderId).body("[0].status", equalTo("sent")));
        Received email = onlyEmailTo(buyer);
        assertTrue(email.subject().endsWith("is confirmed"), email.subject());
    }

    @Test
    void emailToAMailServerThatNeverAnswersIsAbandonedAfterTheTimeoutAndSentOnceAServerAnswers() throws Exception {
        String orderId = KafkaTestClient.newOrderId();
        Customer buyer = buyer(orderId);
        placed(orderId, buyer, "en-US", "usd");
        try (ServerSocket silent = GreenMailResource.silentInsteadOfSmtp()) {
            kafka.publish(Events.ORDER_CONFIRMED, new OrderConfirmed(orderId, buyer, "usd", List.of(MUG), 2900),
                    UUID.randomUUID().toString());
            await().atMost(DELIVERY).untilAsserted(() -> emails(orderId).body("", hasSize(1))
                    .body("[0].status", equalTo("pending"))
                    .body("[0].attempts", greaterThanOrEqualTo(1))
                    .body("[0].last_error", containsString("Timeout")));
        } finally {
            GreenMailResource.startSmtp();
        }

        await().atMost(DELIVERY).untilAsserted(() -> emails(orderId).body("[0].status", equalTo("sent"))
                .body("[0].last_error", nullValue()));
        assertTrue(onlyEmailTo(buyer).subject().endsWith("is confirmed"));
    }

    @Test
    void merchantAlertIsEmailedToTheMerchantOncePerKey() throws Exception {
        String key = "subscription_disabled:" + UUID.randomUUID();
        Customer merchant = new Customer("Merchant", "merchant@comptoir.example");
        int before = receivedBy(merchant).size();
        customerEmails.merchantAlert(key, "Webhook endpoint disabled", "https://hooks.example failed 10 times.");
        customerEmails.merchantAlert(key, "Webhook endpoint disabled", "https://hooks.example failed 10 times.");

        await().atMost(DELIVERY).until(() -> receivedBy(merchant).size() == before + 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> receivedBy(merchant).size() == before + 1);
        Received alert = receivedBy(merchant).get(before);
        assertEquals("Webhook endpoint disabled", alert.subject());
        assertEquals("https://hooks.example failed 10 times.", alert.text().strip());
    }

    @Test
    void emailLogNeedsAnOrderIdAndTheMerchantToken() {
        given().auth().oauth2("local-merchant-token").get("/emails").then().statusCode(400)
                .body("type", equalTo("invalid_request"))
                .body("param", equalTo("order_id"));
        given().get("/emails?order_id=x").then().statusCode(401);
    }

    /** Each test writes to its own buyer, so that the messages of one test are told from the others'. */
    private static Customer buyer(String orderId) {
        return new Customer("Ada Lovelace", "ada." + orderId + "@example.com");
    }

    private void placed(String orderId, Customer buyer, String locale, String currency) {
        kafka.publish(Events.ORDER_PLACED, new OrderPlaced(orderId, "cs_" + orderId, "local", currency,
                List.of(MUG), 2400, 0, 0, 500, 2900, buyer,
                new Address("Ada Lovelace", "1 Rue de Rivoli", null, "Paris", null, "FR", "75001"),
                locale), UUID.randomUUID().toString());
    }

    /** The one message the buyer receives: waits for it, then makes sure no second one follows. */
    private static Received onlyEmailTo(Customer buyer) throws Exception {
        return emailsTo(buyer, 1).get(0);
    }

    private static List<Received> emailsTo(Customer buyer, int count) throws Exception {
        await().atMost(DELIVERY).until(() -> receivedBy(buyer).size() >= count);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> receivedBy(buyer).size() == count);
        return receivedBy(buyer);
    }

    private static List<Received> receivedBy(Customer recipient) throws Exception {
        MimeMessage[] messages = GreenMailResource.smtp().getReceivedMessages();
        List<Received> received = new java.util.ArrayList<>();
        for (MimeMessage message : messages) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient.email()))) {
                received.add(Received.of(message));
            }
        }
        return received;
    }

    private static io.restassured.response.ValidatableResponse emails(String orderId) {
        return given().auth().oauth2("local-merchant-token").queryParam("order_id", orderId).get("/emails")
                .then().statusCode(200);
    }

    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** A message as the buyer's mail client shows it: subject, sender, and its text and HTML parts. */
    record Received(String subject, String from, String text, String html, String messageId) {
        static Received of(MimeMessage message) throws MessagingException, IOException {
            String[] parts = new String[2];
            collect(message, parts);
            return new Received(message.getSubject(), message.getFrom()[0].toString(), parts[0], parts[1],
                    message.getMessageID());
        }

        private static void collect(Part part, String[] parts) throws MessagingException, IOException {
            if (part.isMimeType("text/plain")) {
                parts[0] = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                parts[1] = (String) part.getContent();
            } else if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, parts);
                }
            }
        }
    }
}
