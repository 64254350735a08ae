package dev.comptoir.orders.order;

import dev.comptoir.orders.checkout.AcpModel;
import dev.comptoir.orders.checkout.SessionViews;
import dev.comptoir.orders.order.OrderShipment.ShipmentStatus;
import dev.comptoir.orders.returns.OrderReturn;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ACP {@code Order} as the agent and the merchant see it after purchase: status, line quantities (ordered; current
 * = not canceled nor returned; fulfilled = delivered), fulfillments with their tracking and events, adjustments, totals.
 */
public record OrderView(String type, String id, String checkoutSessionId, String permalinkUrl, String status,
        EstimatedDelivery estimatedDelivery, List<LineItem> lineItems, List<Fulfillment> fulfillments, List<Adjustment> adjustments,
        List<AcpModel.Total> totals) {

    /** {@code subtotal} is what the line costs in the end (ACP: "line total"); {@code totals} break it down. */
    public record LineItem(String id, String title, String productId, Quantity quantity, long unitPrice,
            long subtotal, List<AcpModel.Total> totals) {
    }

    public record Quantity(int ordered, int current, int fulfilled) {
    }

    public record Fulfillment(String id, String type, String status, List<LineReference> lineItems, String carrier,
            String trackingNumber, String trackingUrl, EstimatedDelivery estimatedDelivery,
            DigitalDelivery digitalDelivery, List<Event> events) {
    }

    /** The window promised at checkout for what ships. */
    public record EstimatedDelivery(OffsetDateTime earliest, OffsetDateTime latest) {
    }

    public record LineReference(String id, int quantity) {
    }

    public record DigitalDelivery(String accessUrl) {
    }

    public record Event(String id, String type, OffsetDateTime occurredAt) {
    }

    public record Adjustment(String id, String type, OffsetDateTime occurredAt, String status, Long amount,
            String currency, String reason) {
    }

    public static OrderView of(Order order, String baseUrl) {
        List<OrderShipment> shipments = OrderShipment.of(order.id);
        Map<String, Integer> delivered = OrderShipment.deliveredQuantities(shipments);
        Map<String, Integer> returned = OrderReturn.returnedQuantities(order.id);
        List<LineItem> lines = order.lines.stream().map(line -> new LineItem(line.lineId, line.name, line.sku,
                new Quantity(line.quantity, order.status == OrderStatus.CANCELED ? 0
                        : line.quantity - returned.getOrDefault(line.lineId, 0),
                        delivered.getOrDefault(line.lineId, 0)),
                line.unitAmount, line.total, SessionViews.lineTotals(line))).toList();
        EstimatedDelivery estimate = order.estimatedDeliveryEarliest == null || order.status == OrderStatus.CANCELED
                ? null : new EstimatedDelivery(order.estimatedDeliveryEarliest, order.estimatedDeliveryLatest);
        return new OrderView("order", order.id, order.checkoutSessionId, permalink(baseUrl, order.id),
                order.status.acpName(), estimate, lines,
                shipments.stream().map(shipment -> fulfillment(shipment, estimate)).toList(),
                OrderAdjustment.of(order.id).stream().map(adjustment -> new Adjustment(adjustment.id, adjustment.type,
                        utc(adjustment.occurredAt), adjustment.status, adjustment.amount,
                        adjustment.amount == null ? null : order.currency, adjustment.reason)).toList(),
                SessionViews.totals(order.amounts));
    }

    private static Fulfillment fulfillment(OrderShipment shipment, EstimatedDelivery estimate) {
        List<Event> events = new ArrayList<>();
        if (shipment.shippedAt != null) {
            events.add(new Event(shipment.id + "-shipped", "shipped", utc(shipment.shippedAt)));
        }
        if (shipment.deliveredAt != null) {
            events.add(new Event(shipment.id + "-delivered", "delivered", utc(shipment.deliveredAt)));
        }
        if (shipment.canceledAt != null) {
            events.add(new Event(shipment.id + "-canceled", "canceled", utc(shipment.canceledAt)));
        }
        return new Fulfillment(shipment.id, shipment.method,
                shipment.status == ShipmentStatus.PENDING ? "processing" : shipment.status.name().toLowerCase(Locale.ROOT),
                shipment.lines.stream().map(line -> new LineReference(line.lineId, line.quantity)).toList(),
                shipment.carrier, shipment.trackingNumber, shipment.trackingUrl,
                "shipping".equals(shipment.method) && shipment.status != ShipmentStatus.CANCELED ? estimate : null,
                shipment.downloadUrl == null ? null : new DigitalDelivery(shipment.downloadUrl), events);
    }

    /**
     * Times as the database keeps them (UTC, microseconds), so the order reads the same in the transaction that changed
     * it as in any later one: a published snapshot equals what {@code GET} returns.
     */
    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public static String permalink(String baseUrl, String orderId) {
        return baseUrl + "/orders/" + orderId;
    }
}
