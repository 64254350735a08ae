package dev.comptoir.orders.returns;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.FieldLimits;
import dev.comptoir.contracts.fulfillment.ReturnAuthorized;
import dev.comptoir.contracts.fulfillment.ReturnLine;
import dev.comptoir.contracts.fulfillment.ReturnReceived;
import dev.comptoir.contracts.fulfillment.ReturnRejected;
import dev.comptoir.contracts.orders.RefundRequested;
import dev.comptoir.contracts.orders.ReturnRequested;
import dev.comptoir.contracts.payments.RefundFailed;
import dev.comptoir.contracts.payments.RefundSucceeded;
import dev.comptoir.orders.checkout.PricedLine;
import dev.comptoir.orders.order.ManualReview;
import dev.comptoir.orders.order.OrderMetrics;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderAdjustment;
import dev.comptoir.orders.order.OrderShipment;
import dev.comptoir.orders.order.OrderStep;
import dev.comptoir.orders.order.OrderUpdates;
import dev.comptoir.orders.returns.OrderReturn.Status;
import dev.comptoir.orders.returns.RefundCalculator.ReturnedPart;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.errors.FieldChecks;
import dev.comptoir.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    private static final Set<Status> ENDED = Set.of(Status.REFUNDED, Status.REJECTED, Status.EXPIRED,
            Status.MANUAL_REVIEW);

    /** Returns whose units are coming back or came back; an expired RMA may still bring its goods. */
    private static final Set<Status> COUNTED = Set.of(Status.REQUESTED, Status.AUTHORIZED, Status.REFUND_PENDING,
            Status.REFUNDED, Status.MANUAL_REVIEW, Status.EXPIRED);

    private final Outbox outbox;
    private final OrderUpdates updates;
    private final ManualReview manualReview;
    private final OrderMetrics metrics;
    private final boolean refundShipping;
    private final ReturnFlow flow;

    public Returns(Outbox outbox, OrderUpdates updates, ManualReview manualReview, OrderMetrics metrics,
            @ConfigProperty(name = "comptoir.returns.refund-shipping-when-all-returned") boolean refundShipping,
            @ConfigProperty(name = "comptoir.returns.refund-attempts") int refundAttempts,
            @ConfigProperty(name = "comptoir.returns.answer-attempts") int answerAttempts) {
        this.outbox = outbox;
        this.updates = updates;
        this.manualReview = manualReview;
        this.metrics = metrics;
        this.refundShipping = refundShipping;
        this.flow = new ReturnFlow(refundAttempts, answerAttempts);
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
        FieldChecks.maxLength(reason, FieldLimits.REASON, "$.reason");
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
        orderReturn.asks = 1;
        orderReturn.persist();
        OrderAdjustment.upsert(orderReturn.id, locked.id, "return", "pending", null, reason);
        OrderStep.record(locked.id, "return_requested", orderReturn.id);
        askReview(locked, orderReturn);
        updates.publishIfChanged(locked);
        return orderReturn;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void authorized(ReturnAuthorized event) {
        OrderReturn.lockById(event.returnId()).ifPresent(orderReturn -> {
            if (apply(orderReturn, flow.authorized(orderReturn.status))) {
                orderReturn.rmaNumber = event.rmaNumber();
                orderReturn.labelUrl = event.labelUrl();
                OrderStep.record(orderReturn.orderId, "return_authorized", orderReturn.id + ", RMA "
                        + event.rmaNumber());
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rejected(ReturnRejected event) {
        OrderReturn.lockById(event.returnId()).ifPresent(orderReturn -> {
            if (apply(orderReturn, flow.rejected(orderReturn.status))) {
                orderReturn.rejectionReason = event.reason();
                OrderAdjustment.upsert(orderReturn.id, orderReturn.orderId, "return", "failed", null, event.reason());
                OrderStep.record(orderReturn.orderId, "return_rejected", orderReturn.id + ": " + event.reason());
            }
        });
    }

    /** The goods are back: the refund is computed and asked from payments. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(ReturnReceived event) {
        Optional<OrderReturn> found = OrderReturn.lockById(event.returnId())
                .filter(orderReturn -> flow.awaitsGoods(orderReturn.status));
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
        OrderStep.record(order.id, "return_received", orderReturn.id + ": refund " + amount + " " + order.currency);
        OrderAdjustment.upsert(orderReturn.id, orderReturn.orderId, "return", "pending", null, orderReturn.reason);
        apply(orderReturn, flow.received(orderReturn.status, amount));
    }

    /** Returns true when the refund was one of a return's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean refundSucceeded(RefundSucceeded event) {
        Optional<OrderReturn> found = byRefund(event.refundId());
        found.ifPresent(orderReturn -> apply(orderReturn, flow.refundSucceeded(orderReturn.status)));
        return found.isPresent();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean refundFailed(RefundFailed event) {
        Optional<OrderReturn> found = byRefund(event.refundId());
        found.ifPresent(orderReturn -> {
            if (apply(orderReturn, flow.refundFailed(orderReturn.status, orderReturn.refundAttempts))
                    && orderReturn.status == Status.MANUAL_REVIEW) {
                manualReview.send(orderReturn.orderId, "refund_failed");
                OrderStep.record(orderReturn.orderId, "status_manual_review", "refund of " + orderReturn.id
                        + " failed " + orderReturn.refundAttempts + " times: " + event.reason());
            }
        });
        return found.isPresent();
    }

    /**
     * The return waited past its step's deadline (the caller checked, holding the return locked): it is asked again
     * or compensated, as {@link ReturnFlow} says.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlinePassed(OrderReturn orderReturn, String deadline) {
        Status before = orderReturn.status;
        if (!apply(orderReturn, flow.deadlinePassed(before, orderReturn.asks))) {
            return;
        }
        String waitedFor = switch (before) {
            case REQUESTED -> "fulfillment's verdict";
            case AUTHORIZED -> "the goods";
            default -> "refund " + orderReturn.refundId;
        };
        if (orderReturn.status == Status.MANUAL_REVIEW) {
            manualReview.send(orderReturn.orderId, "no_answer");
            OrderStep.record(orderReturn.orderId, "status_manual_review", orderReturn.id + ": no answer about "
                    + waitedFor + " after " + orderReturn.asks + " asks, " + deadline + " each");
        } else if (orderReturn.status == Status.EXPIRED) {
            OrderAdjustment.upsert(orderReturn.id, orderReturn.orderId, "return", "failed", null, orderReturn.reason);
            OrderStep.record(orderReturn.orderId, "return_expired", orderReturn.id + ": goods not received within "
                    + deadline);
        } else {
            OrderStep.record(orderReturn.orderId, "deadline_passed", orderReturn.id + ": asked again for "
                    + waitedFor + " after " + deadline);
        }
        updates.publishIfChanged(orderReturn.orderId);
    }

    /** Moves the return as decided and asks what the decision asks; false when the decision does not apply. */
    private boolean apply(OrderReturn orderReturn, ReturnFlow.Decision decision) {
        if (!decision.applies()) {
            return false;
        }
        orderReturn.status = decision.next();
        orderReturn.updatedAt = OffsetDateTime.now();
        switch (decision.ask()) {
            case NOTHING -> {
            }
            case REVIEW_AGAIN -> {
                orderReturn.asks++;
                askReview(Order.<Order>findById(orderReturn.orderId), orderReturn);
            }
            case NEW_REFUND -> {
                orderReturn.refundAttempts++;
                orderReturn.asks = 1;
                orderReturn.refundId = "rf_" + orderReturn.id
                        + (orderReturn.refundAttempts > 1 ? "_" + orderReturn.refundAttempts : "");
                askRefund(orderReturn);
            }
            case SAME_REFUND_AGAIN -> {
                orderReturn.asks++;
                askRefund(orderReturn);
            }
        }
        if (ENDED.contains(orderReturn.status)) {
            metrics.returnEnded(orderReturn.createdAt, orderReturn.status.name().toLowerCase(Locale.ROOT));
        }
        if (orderReturn.status == Status.REFUNDED) {
            OrderAdjustment.upsert(orderReturn.id, orderReturn.orderId, "return", "completed", null,
                    orderReturn.reason);
            OrderStep.record(orderReturn.orderId, "return_refunded", orderReturn.id);
        }
        return true;
    }

    private void askReview(Order order, OrderReturn orderReturn) {
        Map<String, String> skus = new HashMap<>();
        order.lines.forEach(line -> skus.put(line.lineId, line.sku));
        outbox.append(Events.RETURN_REQUESTED, new ReturnRequested(order.id, orderReturn.id,
                orderReturn.lines.stream().map(line -> new ReturnLine(line.lineId, skus.get(line.lineId),
                        line.quantity, null)).toList(), orderReturn.reason));
    }

    private void askRefund(OrderReturn orderReturn) {
        outbox.append(Events.REFUND_REQUESTED, new RefundRequested(orderReturn.orderId, orderReturn.refundId,
                orderReturn.refundAmount, "return " + orderReturn.id));
    }

    private static Optional<OrderReturn> byRefund(String refundId) {
        return OrderReturn.<OrderReturn>find("refundId", refundId).firstResultOptional()
                .flatMap(orderReturn -> OrderReturn.lockById(orderReturn.id));
    }
}
