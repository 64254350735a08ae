package dev.comptoir.fulfillment.stock;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.InventoryLevelChanged;
import dev.comptoir.contracts.orders.Address;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.contracts.orders.OrderPlaced;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class InventoryLevelIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.INVENTORY, Topics.FULFILLMENT);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void warehouseCountPublishesTheNewOnHand() {
        String sku = newSku();
        setStock(sku, 7);
        setStock(sku, 4);

        awaitLevel(new InventoryLevelChanged(sku, 4, 0, 4));
        assertEquals(List.of(new InventoryLevelChanged(sku, 7, 0, 7), new InventoryLevelChanged(sku, 4, 0, 4)),
                levels(sku));
    }

    @Test
    void reservationPublishesTheNewReservedAndAvailableOfEachSku() {
        String mug = newSku();
        String tee = newSku();
        setStock(mug, 5);
        setStock(tee, 3);
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_PLACED, orderPlaced(orderId,
                new OrderLine("li_1", mug, "Mug", 2, 1000, 2000, false, Map.of()),
                new OrderLine("li_2", tee, "Tee", 3, 1500, 4500, false, Map.of())), UUID.randomUUID().toString());

        awaitLevel(new InventoryLevelChanged(mug, 5, 2, 3));
        awaitLevel(new InventoryLevelChanged(tee, 3, 3, 0));
    }

    @Test
    void cancellationPublishesTheReleasedLevelKeepingOtherOrdersReservations() {
        String sku = newSku();
        setStock(sku, 5);
        OrderPlaced canceledLater = orderPlaced(KafkaTestClient.newOrderId(),
                new OrderLine("li_1", sku, "Mug", 2, 1000, 2000, false, Map.of()));
        kafka.publish(Events.ORDER_PLACED, canceledLater, UUID.randomUUID().toString());
        awaitLevel(new InventoryLevelChanged(sku, 5, 2, 3));
        kafka.publish(Events.ORDER_PLACED, orderPlaced(KafkaTestClient.newOrderId(),
                new OrderLine("li_1", sku, "Mug", 1, 1000, 1000, false, Map.of())), UUID.randomUUID().toString());
        awaitLevel(new InventoryLevelChanged(sku, 5, 3, 2));

        kafka.publish(Events.ORDER_CANCELED, new OrderCanceled(canceledLater.orderId(), "payment_failed",
                canceledLater.customer(), "card_declined"), UUID.randomUUID().toString());

        awaitLevel(new InventoryLevelChanged(sku, 5, 1, 4));
        assertEquals(List.of(new InventoryLevelChanged(sku, 5, 0, 5), new InventoryLevelChanged(sku, 5, 2, 3),
                new InventoryLevelChanged(sku, 5, 3, 2), new InventoryLevelChanged(sku, 5, 1, 4)), levels(sku));
    }

    @Test
    void shortagePublishesNoLevel() {
        String sku = newSku();
        setStock(sku, 1);
        awaitLevel(new InventoryLevelChanged(sku, 1, 0, 1));
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_PLACED, orderPlaced(orderId,
                new OrderLine("li_1", sku, "Poster", 2, 900, 1800, false, Map.of())),
                UUID.randomUUID().toString());
        kafka.await(Events.INVENTORY_SHORTAGE, e -> e.orderId().equals(orderId), WAIT);

        assertEquals(List.of(new InventoryLevelChanged(sku, 1, 0, 1)),
                kafka.eventsAfter(Duration.ofSeconds(1), Events.INVENTORY_LEVEL_CHANGED, e -> e.sku().equals(sku)));
    }

    @Test
    void levelIsKeyedBySkuAndCarriesOnlyItsOwnFields() throws Exception {
        String sku = newSku();
        setStock(sku, 2);
        awaitLevel(new InventoryLevelChanged(sku, 2, 0, 2));

        ConsumerRecord<String, String> record = kafka.awaitRecords(Topics.INVENTORY, 1, WAIT).stream()
                .filter(r -> r.key().equals(sku)).findFirst().orElseThrow();
        assertEquals(sku, KafkaTestClient.header(record, "ce_subject"));
        assertEquals(Events.INVENTORY_LEVEL_CHANGED.type(), KafkaTestClient.header(record, "ce_type"));
        assertEquals(Set.of("sku", "on_hand", "reserved", "available"), fieldNames(record.value()));
    }

    @Test
    void orderEventsStayKeyedByOrderIdWithoutAKeyField() throws Exception {
        String sku = newSku();
        setStock(sku, 1);
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_PLACED, orderPlaced(orderId,
                new OrderLine("li_1", sku, "Mug", 1, 1000, 1000, false, Map.of())),
                UUID.randomUUID().toString());
        kafka.await(Events.INVENTORY_RESERVED, e -> e.orderId().equals(orderId), WAIT);

        ConsumerRecord<String, String> record = kafka.awaitRecords(Topics.FULFILLMENT, 1, WAIT).stream()
                .filter(r -> r.key().equals(orderId)).findFirst().orElseThrow();
        assertEquals(orderId, KafkaTestClient.header(record, "ce_subject"));
        assertEquals(Set.of("order_id", "lines"), fieldNames(record.value()));
    }

    private void awaitLevel(InventoryLevelChanged level) {
        kafka.await(Events.INVENTORY_LEVEL_CHANGED, level::equals, WAIT);
    }

    /** The levels of this SKU received so far, in the order they were published. */
    private List<InventoryLevelChanged> levels(String sku) {
        return kafka.eventsAfter(Duration.ZERO, Events.INVENTORY_LEVEL_CHANGED, e -> e.sku().equals(sku));
    }

    private static Set<String> fieldNames(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return node.properties().stream().map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static void setStock(String sku, int onHand) {
        given().auth().oauth2("local-merchant-token").contentType("application/json")
                .body(Map.of("on_hand", onHand))
                .put("/stock/{sku}", sku)
                .then().statusCode(200);
    }

    private static String newSku() {
        return "sku-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static OrderPlaced orderPlaced(String orderId, OrderLine... lines) {
        long total = List.of(lines).stream().mapToLong(OrderLine::total).sum();
        return new OrderPlaced(orderId, "cs_" + orderId, "test-agent", "usd", List.of(lines), total, 0, 0, 0, total,
                new Customer("Ada Lovelace", "ada@example.com"),
                new Address("Ada Lovelace", "1 Chat Road", null, "San Francisco", "CA", "US", "94131"), "en-US");
    }
}
