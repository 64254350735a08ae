package dev.comptoir.notifications.webhook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which {@code order.*} merchant events one order revision makes, compared with the revision before it: revision 1 is
 * {@code order.created}; a status that becomes confirmed, canceled, shipped or completed is that event; each
 * fulfillment that becomes delivered is an {@code order.delivered} naming it.
 */
public final class OrderTransitions {
    private static final Map<String, MerchantEventType> BY_STATUS = Map.of(
            "confirmed", MerchantEventType.ORDER_CONFIRMED,
            "canceled", MerchantEventType.ORDER_CANCELED,
            "shipped", MerchantEventType.ORDER_SHIPPED,
            "completed", MerchantEventType.ORDER_COMPLETED);

    /** One merchant event to publish, with its fields beside {@code order_id} and {@code order}. */
    public record Transition(MerchantEventType type, Map<String, Object> fields) {
    }

    private OrderTransitions() {
    }

    /**
     * @param previousStatus the status of the revision before, null if none was seen
     * @param previousOrder  the ACP order of the revision before, null if none was seen
     */
    public static List<Transition> between(String previousStatus, Map<String, Object> previousOrder, long revision,
            String status, Map<String, Object> order) {
        List<Transition> transitions = new ArrayList<>();
        if (revision == 1) {
            transitions.add(new Transition(MerchantEventType.ORDER_CREATED, Map.of()));
        }
        MerchantEventType statusEvent = BY_STATUS.get(status);
        if (statusEvent != null && !status.equals(previousStatus)) {
            transitions.add(new Transition(statusEvent, Map.of()));
        }
        Set<String> deliveredBefore = deliveredFulfillmentIds(previousOrder);
        for (Map<String, Object> fulfillment : fulfillments(order)) {
            if ("delivered".equals(fulfillment.get("status")) && !deliveredBefore.contains(fulfillment.get("id"))) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("fulfillment", fulfillment);
                transitions.add(new Transition(MerchantEventType.ORDER_DELIVERED, fields));
            }
        }
        return transitions;
    }

    private static Set<String> deliveredFulfillmentIds(Map<String, Object> order) {
        return fulfillments(order).stream().filter(f -> "delivered".equals(f.get("status")))
                .map(f -> String.valueOf(f.get("id"))).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fulfillments(Map<String, Object> order) {
        if (order == null || !(order.get("fulfillments") instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(f -> (Map<String, Object>) f).toList();
    }
}
