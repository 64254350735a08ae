package dev.comptoir.orders.saga;

import static dev.comptoir.orders.order.OrderShipment.ShipmentStatus.CANCELED;
import static dev.comptoir.orders.order.OrderShipment.ShipmentStatus.DELIVERED;
import static dev.comptoir.orders.order.OrderShipment.ShipmentStatus.PENDING;
import static dev.comptoir.orders.order.OrderShipment.ShipmentStatus.SHIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.orders.order.OrderStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderProgressTest {

    @Test
    void shipmentsMoveAConfirmedOrderToProcessingShippedAndCompleted() {
        assertEquals(OrderStatus.CONFIRMED, OrderProgress.afterShipments(OrderStatus.CONFIRMED, List.of()));
        assertEquals(OrderStatus.PROCESSING, OrderProgress.afterShipments(OrderStatus.CONFIRMED, List.of(PENDING)));
        assertEquals(OrderStatus.SHIPPED, OrderProgress.afterShipments(OrderStatus.PROCESSING,
                List.of(SHIPPED, PENDING)));
        assertEquals(OrderStatus.SHIPPED, OrderProgress.afterShipments(OrderStatus.SHIPPED,
                List.of(DELIVERED, SHIPPED)));
        assertEquals(OrderStatus.COMPLETED, OrderProgress.afterShipments(OrderStatus.SHIPPED,
                List.of(DELIVERED, DELIVERED)));
    }

    @Test
    void canceledShipmentsDoNotHoldTheOrderBack() {
        assertEquals(OrderStatus.COMPLETED, OrderProgress.afterShipments(OrderStatus.SHIPPED,
                List.of(DELIVERED, CANCELED)));
    }

    @Test
    void canceledOrdersAndOrdersUnderReviewStayWhereTheyAre() {
        assertEquals(OrderStatus.CANCELED, OrderProgress.afterShipments(OrderStatus.CANCELED, List.of(DELIVERED)));
        assertEquals(OrderStatus.MANUAL_REVIEW,
                OrderProgress.afterShipments(OrderStatus.MANUAL_REVIEW, List.of(DELIVERED)));
        assertEquals(OrderStatus.CREATED, OrderProgress.afterShipments(OrderStatus.CREATED, List.of(PENDING)));
    }

    @Test
    void anOrderCanBeCanceledUntilSomethingIsSent() {
        assertTrue(OrderProgress.cannotCancel(OrderStatus.CREATED, List.of()).isEmpty());
        assertTrue(OrderProgress.cannotCancel(OrderStatus.PROCESSING, List.of(PENDING, PENDING)).isEmpty());
        assertTrue(OrderProgress.cannotCancel(OrderStatus.SHIPPED, List.of(SHIPPED, PENDING)).orElseThrow()
                .contains("/returns"));
        assertTrue(OrderProgress.cannotCancel(OrderStatus.COMPLETED, List.of(DELIVERED)).isPresent());
        assertTrue(OrderProgress.cannotCancel(OrderStatus.MANUAL_REVIEW, List.of()).isPresent());
    }
}
