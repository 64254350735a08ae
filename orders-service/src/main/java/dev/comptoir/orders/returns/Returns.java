package dev.comptoir.orders.returns;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.fulfillment.ReturnAuthorized;
import dev.comptoir.contracts.fulfillment.ReturnLine;
import dev.comptoir.contracts.fulfillment.ReturnReceived;
import dev.comptoir.contracts.fulfillment.ReturnRejected;
import dev.comptoir.contracts.orders.RefundRequested;
import dev.comptoir.contracts.orders.ReturnRequested;
import dev.comptoir.contracts.payments.RefundFailed;
import dev.comptoir.contracts.payments.RefundSucceeded;
import dev.comptoir.orders.checkout.PricedLine;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderAdjustment;
import dev.comptoir.orders.order.OrderShipment;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.OrderStep;
import dev.comptoir.orders.order.OrderUpdates;
import dev.comptoir.orders.returns.OrderReturn.Status;
import dev.comptoir.orders.returns.RefundCalculator.ReturnedPart;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The returns saga: requested here, judged eligible (or not) by fulfillment, received by the warehouse, refunded by
 * payments. A refund the provider keeps refusing is asked again, then the return and its order go to manual review.
 */
@ApplicationScoped
public class Returns {
    private static final Set<Status> COUNTED = Set.of(Status.REQUESTED, Status.AUTHORIZED, Status.REFUND_PENDING,
            Status.REFUNDED, Status.MANUAL_REVIEW);

    private final Outbox outbox;
    private final OrderUpdates updates;
    private final boolean refundShipping;
    private final int refundAttempts;

    public Returns(Outbox outbox, OrderUpdates updates,
            @ConfigProperty(name = "comptoir.returns.refund-shipping-when-all-returned") boolean refundShipping,
            @ConfigProperty(name = "comptoir.returns.refund-attempts") int refundAttempts) {
        this.outbox = outbox;
        this.updates = updates;
        this.refundShipping = refundShipping;
        this.refundAttempts = refundAttempts;
    }

    public record Item(String id, Integer quantity) {
    }

    /** Asks for a return of delivered lines, not more than what was delivered and not already coming back. */
    @Transactional
    public OrderReturn request(Order order, List<Item> items, String reason) {
        Order locked = Order.lockForUpdate(order.id).orElseThrow();
        if (items == null || items.isEmpty()) {
            throw ApiException.badRequest("missing", "line_items must list what comes back", "$.line_items");
        }
        if (reason != null && reason.length() > 500) {
            throw ApiException.badRequest("invalid", "reason is at most 500 characters", "$.reason");
        }
        Map<String, Integer> delivered = OrderShipment.deliveredQuantities(locked.id);
        if (delivered.isEmpty()) {
            throw new ApiException(409, ApiError.invalidRequest("not_delivered",
                    "Nothing of this order has been delivered yet: cancel it instead (POST /orders/{id}/cancel).",
                    null));
        }
        Map<String, Integer> alreadyReturning = OrderReturn.quantities(locked.id, COUNTED);
        Map<String, PricedLine> lines = new HashMap<>();
        locked.lines.forEach(line -> lines.put(line.lineId, line));
        Set<String> seen = new HashSet<>();
        OrderReturn orderReturn = new OrderReturn();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String path = "$.line_items[" + i + "]";
            if (item == null || item.id() == null || !lines.containsKey(item.id()) || !seen.add(item.id())) {
                throw ApiException.badRequest("invalid", "Each item names a different line of this order", path + ".id");
            }
            int returnable = delivered.getOrDefault(item.id(), 0) - alreadyReturning.getOrDefault(item.id(), 0);
            int quantity = item.quantity() == null ? 1 : item.quantity();
            if (quantity < 1 || quantity > returnable) {
                throw ApiException.badRequest("quantity_exceeds_delivered", "At most " + Math.max(returnable, 0)
                        + " of line " + item.id() + " can come back", path + ".quantity");
            }
            orderReturn.lines.add(new OrderReturn.Line(item.id(), quantity));
        }
        OffsetDateTime now = OffsetDateTime.now();
        orderReturn.id = "ret_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        orderReturn.orderId = locked.id;
        orderReturn.status = Status.REQUESTED;
        orderReturn.reason = reason;
        orderReturn.createdAt = now;
        orderReturn.updatedAt = now;
        orderReturn.persist();
        OrderAdjustment.upsert(orderReturn.id, locked.id, "return", "pending", null, reason);
        OrderStep.record(locked.id, "return_requested", orderReturn.id);
        outbox.append(Events.RETURN_REQUESTED, new ReturnRequested(locked.id, orderReturn.id,
                orderReturn.lines.stream().map(line -> new ReturnLine(line.lineId, lines.get(line.lineId).sku,
                        line.quantity, null)).toList(), reason));
        updates.publishIfChanged(locked);
        return orderReturn;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void authorized(ReturnAuthorized event) {
        inState(event.returnId(), Status.REQUESTED).ifPresent(orderReturn -> {
            orderReturn.status = Status.AUTHORIZED;
            orderReturn.rmaNumber = event.rmaNumber();
            orderReturn.labelUrl = event.labelUrl();
            orderReturn.updatedAt = OffsetDateTime.now();
            OrderStep.record(orderReturn.orderId, "return_authorized", orderReturn.id + ", RMA " + event.rmaNumber());
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rejected(ReturnRejected event) {
        inState(event.returnId(), Status.REQUESTED).ifPresent(orderReturn -> {
            orderReturn.status = Status.REJECTED;
            orderReturn.rejectionReason = event.reason();
            orderReturn.updatedAt = OffsetDateTime.now();
            OrderAdjustment.upsert(orderReturn.id, orderReturn.orderId, "return", "failed", null, event.reason());
            OrderStep.record(orderReturn.orderId, "return_rejected", orderReturn.id + ": " + event.reason());
        });
    }

    /** The goods are back: the refund is computed and asked from payments. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(ReturnReceived event) {
        Optional<OrderReturn> found = inState(event.returnId(), Status.AUTHORIZED);
        if (found.isEmpty()) {
            return;
        }
        OrderReturn orderReturn = found.get();
        Order order = Order.lockForUpdate(orderReturn.orderId).orElseThrow();
        Map<String, Integer> returnedBefore = OrderReturn.returnedQuantities(order.id);
        Map<String, ReturnLine> received = new HashMap<>();
        event.lines().forEach(line -> received.merge(line.lineId(), line, (a, b) -> new ReturnLine(a.lineId(),
                a.sku(), a.quantity() + b.quantity(), a.condition())));
        List<ReturnedPart> parts = new ArrayList<>();
        for (OrderReturn.Line line : orderReturn.lines) {
            ReturnLine back = received.get(line.lineId);
            line.quantity = back == null ? 0 : back.quantity();
            line.condition = back == null ? null : back.condition();
        }
        orderReturn.lines.removeIf(line -> line.quantity == 0);
        boolean wholeOrderBack = true;
        for (PricedLine line : order.lines) {
            int now = orderReturn.lines.stream().filter(part -> part.lineId.equals(line.lineId))
                    .mapToInt(part -> part.quantity).sum();
            int before = returnedBefore.getOrDefault(line.lineId, 0);
            if (now > 0) {
                parts.add(new ReturnedPart(line.total, line.quantity, before, now));
            }
            wholeOrderBack &= before + now == line.quantity;
        }
        long linesTax = order.lines.stream().mapToLong(line -> line.tax).sum();
        long amount = RefundCalculator.refund(parts, wholeOrderBack, refundShipping,
                order.amounts.fulfillment() + order.amounts.tax() - linesTax);
        orderReturn.refundAmount = amount;
        orderReturn.updatedAt = OffsetDateTime.now();
        OrderStep.record(order.id, "return_received", orderReturn.id + ": refund " + amount + " " + order.currency);
        if (amount == 0) {
            settled(orderReturn);
            return;
        }
        orderReturn.status = Status.REFUND_PENDING;
        askRefund(orderReturn);
    }

    /** Returns true when the refund was one of a return's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean refundSucceeded(RefundSucceeded event) {
        Optional<OrderReturn> found = byRefund(event.refundId());
        found.filter(orderReturn -> orderReturn.status == Status.REFUND_PENDING).ifPresent(this::settled);
        return found.isPresent();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean refundFailed(RefundFailed event) {
        Optional<OrderReturn> found = byRefund(event.refundId());
        found.filter(orderReturn -> orderReturn.status == Status.REFUND_PENDING).ifPresent(orderReturn -> {
            if (orderReturn.refundAttempts < refundAttempts) {
                askRefund(orderReturn);
                return;
            }
            orderReturn.status = Status.MANUAL_REVIEW;
            orderReturn.updatedAt = OffsetDateTime.now();
            Order.lockForUpdate(orderReturn.orderId).ifPresent(order -> {
                order.status = OrderStatus.MANUAL_REVIEW;
                order.updatedAt = OffsetDateTime.now();
            });
            OrderStep.record(orderReturn.orderId, "status_manual_review", "refund of " + orderReturn.id
                    + " failed " + orderReturn.refundAttempts + " times: " + event.reason());
        });
        return found.isPresent();
    }

    private void askRefund(OrderReturn orderReturn) {
        orderReturn.refundAttempts++;
        orderReturn.refundId = "rf_" + orderReturn.id
                + (orderReturn.refundAttempts > 1 ? "_" + orderReturn.refundAttempts : "");
        orderReturn.updatedAt = OffsetDateTime.now();
        outbox.append(Events.REFUND_REQUESTED, new RefundRequested(orderReturn.orderId, orderReturn.refundId,
                orderReturn.refundAmount, "return " + orderReturn.id));
    }

    private void settled(OrderReturn orderReturn) {
        orderReturn.status = Status.REFUNDED;
        orderReturn.updatedAt = OffsetDateTime.now();
        OrderAdjustment.upsert(orderReturn.id, orderReturn.orderId, "return", "completed", null, orderReturn.reason);
        OrderStep.record(orderReturn.orderId, "return_refunded", orderReturn.id);
    }

    private static Optional<OrderReturn> inState(String returnId, Status status) {
        return OrderReturn.<OrderReturn>findByIdOptional(returnId).filter(orderReturn -> orderReturn.status == status);
    }

    private static Optional<OrderReturn> byRefund(String refundId) {
        return OrderReturn.find("refundId", refundId).firstResultOptional();
    }
}
