package dev.comptoir.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderTransitionsTest {

    @Test
    void revisionOneIsOrderCreated() {
        assertEquals(List.of(MerchantEventType.ORDER_CREATED), types(null, null, 1, "created", order()));
    }

    @Test
    void aStatusThatBecomesConfirmedCanceledShippedOrCompletedIsThatEvent() {
        assertEquals(List.of(MerchantEventType.ORDER_CONFIRMED), types("created", order(), 2, "confirmed", order()));
        assertEquals(List.of(MerchantEventType.ORDER_CANCELED), types("created", order(), 2, "canceled", order()));
        assertEquals(List.of(MerchantEventType.ORDER_SHIPPED), types("processing", order(), 4, "shipped", order()));
        assertEquals(List.of(MerchantEventType.ORDER_COMPLETED), types("shipped", order(), 5, "completed", order()));
    }

    @Test
    void aRevisionThatKeepsTheStatusMakesNoStatusEvent() {
        assertEquals(List.of(), types("shipped", order(), 5, "shipped", order()));
        assertEquals(List.of(), types("confirmed", order(), 3, "processing", order()));
    }

    @Test
    void eachFulfillmentThatBecomesDeliveredIsOneOrderDelivered() {
        Map<String, Object> before = order(fulfillment("shp_1", "delivered"), fulfillment("shp_2", "shipped"),
                fulfillment("shp_3", "shipped"));
        Map<String, Object> after = order(fulfillment("shp_1", "delivered"), fulfillment("shp_2", "delivered"),
                fulfillment("shp_3", "delivered"));
        List<OrderTransitions.Transition> transitions = OrderTransitions.between("shipped", before, 7, "completed",
                after);
        assertEquals(List.of(MerchantEventType.ORDER_COMPLETED, MerchantEventType.ORDER_DELIVERED,
                MerchantEventType.ORDER_DELIVERED), transitions.stream().map(OrderTransitions.Transition::type).toList());
        assertEquals(fulfillment("shp_2", "delivered"), transitions.get(1).fields().get("fulfillment"));
    }

    private static List<MerchantEventType> types(String previousStatus, Map<String, Object> previous, long revision,
            String status, Map<String, Object> order) {
        return OrderTransitions.between(previousStatus, previous, revision, status, order).stream()
                .map(OrderTransitions.Transition::type).toList();
    }

    @SafeVarargs
    private static Map<String, Object> order(Map<String, Object>... fulfillments) {
        return Map.of("id", "ord_1", "fulfillments", List.of(fulfillments));
    }

    private static Map<String, Object> fulfillment(String id, String status) {
        return Map.of("id", id, "type", "shipping", "status", status);
    }
}
