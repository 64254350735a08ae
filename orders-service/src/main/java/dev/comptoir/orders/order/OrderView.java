package dev.comptoir.orders.order;

import dev.comptoir.orders.checkout.AcpModel;
import dev.comptoir.orders.checkout.SessionViews;
import java.util.List;

/**
 * The ACP {@code Order} as the agent and the merchant see it after purchase. The schema admits no other field:
 * why an order was canceled will show in its timeline.
 */
public record OrderView(String type, String id, String checkoutSessionId, String permalinkUrl, String status,
        List<LineItem> lineItems, List<AcpModel.Total> totals) {

    /** {@code subtotal} is what the line costs in the end (ACP: "line total"); {@code totals} break it down. */
    public record LineItem(String id, String title, String productId, Quantity quantity, long unitPrice,
            long subtotal, List<AcpModel.Total> totals) {
    }

    public record Quantity(int ordered, int current, int fulfilled) {
    }

    public static OrderView of(Order order, String baseUrl) {
        List<LineItem> lines = order.lines.stream().map(line -> new LineItem(line.lineId, line.name, line.sku,
                new Quantity(line.quantity, order.status == OrderStatus.CANCELED ? 0 : line.quantity, 0),
                line.unitAmount, line.total, SessionViews.lineTotals(line))).toList();
        return new OrderView("order", order.id, order.checkoutSessionId, permalink(baseUrl, order.id),
                order.status.acpName(), lines, SessionViews.totals(order.amounts));
    }

    public static String permalink(String baseUrl, String orderId) {
        return baseUrl + "/orders/" + orderId;
    }
}
