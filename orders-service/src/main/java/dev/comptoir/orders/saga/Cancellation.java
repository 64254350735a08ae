package dev.comptoir.orders.saga;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.orders.checkout.Checkouts;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderAdjustment;
import dev.comptoir.orders.order.OrderMetrics;
import dev.comptoir.orders.order.OrderShipment;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.OrderStep;
import dev.comptoir.orders.order.OrderUpdates;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * Cancellation on request, before anything is sent: the order is canceled and {@code OrderCanceled} published;
 * fulfillment then cancels its shipments and releases the stock, payments voids the authorization or refunds what
 * was captured. Once something is sent, the buyer returns it instead.
 */
@ApplicationScoped
public class Cancellation {
    private final Outbox outbox;
    private final ShipmentTracking shipments;
    private final Checkouts checkouts;
    private final OrderUpdates updates;
    private final OrderMetrics metrics;

    public Cancellation(Outbox outbox, ShipmentTracking shipments, Checkouts checkouts, OrderUpdates updates,
            OrderMetrics metrics) {
        this.outbox = outbox;
        this.shipments = shipments;
        this.checkouts = checkouts;
        this.updates = updates;
        this.metrics = metrics;
    }

    /** Cancels the order; an order already canceled is returned as it is. */
    @Transactional
    public Order cancel(Order order, String requestedBy) {
        Order locked = Order.lockForUpdate(order.id).orElseThrow();
        if (locked.status == OrderStatus.CANCELED) {
            return locked;
        }
        OrderProgress.cannotCancel(locked.status, OrderShipment.of(locked.id).stream()
                .map(shipment -> shipment.status).toList()).ifPresent(why -> {
                    throw new ApiException(409, ApiError.invalidRequest("order_not_cancelable", why, null));
                });
        cancelLocked(locked, Order.CANCELED_ON_REQUEST, "on request of " + requestedBy);
        checkouts.orderProgressed(locked);
        updates.publishIfChanged(locked);
        return locked;
    }

    /**
     * Cancels an order the caller holds locked, whoever decided it (the placement saga, its deadline, a request):
     * the status and reason, the timeline, the cancellation adjustment, the shipments not sent, and
     * {@code OrderCanceled} in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelLocked(Order order, String reason, String detail) {
        // The placement saga has already set the status it decided (canceled) when it calls here.
        boolean wasPlacing = order.status == OrderStatus.CREATED || order.status == OrderStatus.CANCELED;
        order.status = OrderStatus.CANCELED;
        order.cancelReason = reason;
        order.updatedAt = OffsetDateTime.now();
        OrderStep.record(order.id, "status_canceled", detail);
        OrderAdjustment.upsert("cancellation-" + order.id, order.id, "cancellation", "completed", null, reason);
        shipments.orderCanceled(order.id);
        outbox.append(Events.ORDER_CANCELED, new OrderCanceled(order.id, reason,
                new Customer(order.customerName, order.customerEmail), order.declineCode));
        metrics.canceled(order, reason, wasPlacing);
    }
}
