package dev.comptoir.platform.events;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.EventType;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Sources;
import dev.comptoir.contracts.Topics;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventProvenanceTest {

    private static EventEnvelope event(String source, String type) {
        return new EventEnvelope("evt_1", source, type, "ord_1", "2026-12-06T20:00:00Z", "{}");
    }

    @ParameterizedTest
    @CsvSource({
        "orders.events, /orders, dev.comptoir.orders.OrderPlaced.v1",
        "payments.commands, /orders, dev.comptoir.orders.AuthorizePayment.v1",
        "payments.events, /payments, dev.comptoir.payments.PaymentAuthorized.v1",
        "fulfillment.events, /fulfillment, dev.comptoir.fulfillment.ShipmentShipped.v1",
        "inventory.events, /fulfillment, dev.comptoir.fulfillment.InventoryLevelChanged.v1"})
    void eventFromItsOwnerOnItsTopicIsAccepted(String topic, String source, String type) {
        assertDoesNotThrow(() -> EventProvenance.verify(topic, event(source, type)));
    }

    @ParameterizedTest
    @CsvSource({
        "orders.events, /orders, dev.comptoir.payments.PaymentAuthorized.v1",
        "fulfillment.events, /fulfillment, dev.comptoir.payments.PaymentAuthorized.v1",
        "orders.events, /orders, dev.comptoir.orders.AuthorizePayment.v1",
        "payments.commands, /orders, dev.comptoir.orders.OrderPlaced.v1"})
    void knownTypeOnAnotherTopicThanItsOwnIsRefused(String topic, String source, String type) {
        MalformedEventException refused = assertThrows(MalformedEventException.class,
                () -> EventProvenance.verify(topic, event(source, type)));
        assertTrue(refused.getMessage().contains("it travels on " + Events.byType(type).orElseThrow().topic()),
                refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "payments.events, /fulfillment, dev.comptoir.payments.PaymentAuthorized.v1",
        "payments.events, /payments-service, dev.comptoir.payments.PaymentAuthorized.v1",
        "payments.commands, /payments, dev.comptoir.orders.AuthorizePayment.v1",
        "orders.events, /tests, dev.comptoir.orders.OrderCanceled.v1"})
    void eventWhoseSourceIsNotTheTopicsProducerIsRefused(String topic, String source, String type) {
        assertThrows(MalformedEventException.class, () -> EventProvenance.verify(topic, event(source, type)));
    }

    @Test
    void typeTheContractsDoNotKnowYetIsLeftToTheConsumerWhenItsSourceIsTheProducer() {
        assertDoesNotThrow(() -> EventProvenance.verify(Topics.ORDERS,
                event(Sources.ORDERS, "dev.comptoir.orders.OrderGiftWrapped.v1")));
        assertThrows(MalformedEventException.class, () -> EventProvenance.verify(Topics.ORDERS,
                event(Sources.PAYMENTS, "dev.comptoir.orders.OrderGiftWrapped.v1")));
    }

    @Test
    void eventOnATopicNoContractDeclaresIsRefused() {
        assertThrows(MalformedEventException.class, () -> EventProvenance.verify("orders.events.dlq.payments",
                event(Sources.ORDERS, Events.ORDER_PLACED.type())));
    }

    @Test
    void everyEventTypeOfTheContractsIsKnownByItsType() throws IllegalAccessException {
        Set<EventType<?>> declared = new HashSet<>();
        for (Field field : Events.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                declared.add((EventType<?>) field.get(null));
            }
        }
        assertEquals(declared, new HashSet<>(Events.ALL));
        List<String> types = Events.ALL.stream().map(EventType::type).toList();
        assertEquals(types.size(), new HashSet<>(types).size(), "each type names one event");
        assertTrue(Events.ALL.stream().allMatch(type -> Topics.spec(type.topic()).isPresent()),
                "each type travels on a declared topic");
    }
}
