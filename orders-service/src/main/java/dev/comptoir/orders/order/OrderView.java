package dev.comptoir.orders.order;

import java.util.List;

/**
 * The ACP {@code Order} as the agent and the merchant see it after purchase. The schema admits no other field:
 * why an order was canceled will show in its timeline.
 */
public record OrderView(String type, String id, String checkoutSessionId, String permalinkUrl, String status,
        List<LineItem> lineItems, List<Total> totals) {

    public record LineItem(String id, String title, String productId, Quantity quantity, long unitPrice,
            long subtotal) {
    }

    public record Quantity(int ordered, int current, int fulfilled) {
    }

    public record Total(String type, String displayText, long amount) {
    }

    public static OrderView of(Order order, String baseUrl) {
        List<LineItem> lines = order.lines.stream().map(line -> new LineItem(line.lineId, line.name, line.sku,
                new Quantity(line.quantity, order.status == OrderStatus.CANCELED ? 0 : line.quantity, 0),
                line.unitAmount, line.total)).toList();
        List<Total> totals = List.of(
                new Total("items_base_amount", "Item(s) total", order.itemsTotal),
                new Total("subtotal", "Subtotal", order.itemsTotal),
                new Total("fulfillment", "Shipping", order.shipping),
                new Total("tax", "Tax", order.tax),
                new Total("total", "Total", order.total));
        return new OrderView("order", order.id, order.checkoutSessionId, permalink(baseUrl, order.id),
                order.status.acpName(), lines, totals);
    }

    public static String permalink(String baseUrl, String orderId) {
        return baseUrl + "/orders/" + orderId;
    }
}
