package dev.comptoir.notifications.webhook;

import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderUpdated;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** OrderUpdated events as orders-service publishes them, with a valid ACP order. */
public final class Orders {
    private Orders() {
    }

    public static OrderUpdated updated(String orderId, String agentPlatform, long revision, String status) {
        return updated(orderId, agentPlatform, revision, status, List.of());
    }

    public static OrderUpdated updated(String orderId, String agentPlatform, long revision, String status,
            List<Map<String, Object>> fulfillments) {
        Map<String, Object> order = Map.of(
                "type", "order",
                "id", orderId,
                "checkout_session_id", "cs_" + orderId,
                "permalink_url", "https://shop.example/orders/" + orderId,
                "status", status,
                "line_items", List.of(Map.of("id", "li_1", "title", "Black mug", "product_id", "mug-black",
                        "quantity", Map.of("ordered", 1, "current", 1, "fulfilled", 0),
                        "unit_price", 1800, "subtotal", 1800)),
                "fulfillments", fulfillments,
                "adjustments", List.of(),
                "totals", List.of(Map.of("type", "subtotal", "display_text", "Subtotal", "amount", 1800),
                        Map.of("type", "total", "display_text", "Total", "amount", 1800)));
        return new OrderUpdated(orderId, "cs_" + orderId, agentPlatform, revision, status, "test",
                OffsetDateTime.now(), "usd", new Customer("Ada Lovelace", "ada@example.com"), "en-US", order);
    }
}
