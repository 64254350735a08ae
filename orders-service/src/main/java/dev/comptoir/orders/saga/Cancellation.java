package dev.comptoir.orders.saga;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.orders.checkout.Checkouts;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderAdjustment;
import dev.comptoir.orders.order.OrderShipment;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.OrderStep;
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

    public Cancellation(Outbox outbox, ShipmentTracking shipments, Checkouts checkouts) {
        this.outbox = outbox;
        this.shipments = shipments;
        this.checkouts = checkouts;
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
        locked.status = OrderStatus.CANCELED;
        locked.cancelReason = Order.CANCELED_ON_REQUEST;
        locked.updatedAt = OffsetDateTime.now();
        OrderStep.record(locked.id, "status_canceled", "on request of " + requestedBy);
        OrderAdjustment.upsert("cancellation-" + locked.id, locked.id, "cancellation", "completed", null,
                Order.CANCELED_ON_REQUEST);
        shipments.orderCanceled(locked.id);
        outbox.append(Events.ORDER_CANCELED, new OrderCanceled(locked.id, Order.CANCELED_ON_REQUEST,
                new Customer(locked.customerName, locked.customerEmail)));
        checkouts.orderProgressed(locked);
        return locked;
    }
}
