package dev.comptoir.orders.saga;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.OrderEvent;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.payments.PaymentFailed;
import dev.comptoir.orders.checkout.Checkouts;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderMetrics;
import dev.comptoir.orders.order.OrderStep;
import dev.comptoir.orders.order.Orders;
import dev.comptoir.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.jboss.logging.Logger;

/** Applies the placement saga to the order an event is about, and emits the decision in the same transaction. */
@ApplicationScoped
public class OrderPlacement {
    private static final Logger LOG = Logger.getLogger(OrderPlacement.class);

    private final Outbox outbox;
    private final Cancellation cancellation;
    private final Checkouts checkouts;
    private final OrderMetrics metrics;

    public OrderPlacement(Outbox outbox, Cancellation cancellation, Checkouts checkouts, OrderMetrics metrics) {
        this.outbox = outbox;
        this.cancellation = cancellation;
        this.checkouts = checkouts;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentFailed(PaymentFailed failed) {
        Order.lockForUpdate(failed.orderId()).ifPresent(order -> order.declineCode = failed.code());
        on(failed, PlacementSaga.Step.PAYMENT_FAILED);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void on(OrderEvent event, PlacementSaga.Step step) {
        Order order = Order.lockForUpdate(event.orderId()).orElse(null);
        if (order == null) {
            LOG.warnf("%s for unknown order %s ignored", step, event.orderId());
            return;
        }
        PlacementSaga.Transition transition = PlacementSaga.apply(
                new PlacementSaga.State(order.status, order.paymentState, order.stockState), step);
        OrderStep.record(order.id, step.name().toLowerCase(Locale.ROOT), event instanceof PaymentFailed failed
                ? failed.code() : null);
        order.status = transition.next().status();
        order.paymentState = transition.next().payment();
        order.stockState = transition.next().stock();
        order.updatedAt = OffsetDateTime.now();
        switch (transition.action()) {
            case CONFIRM -> {
                OrderStep.record(order.id, "status_confirmed", "paid and in stock");
                outbox.append(Events.ORDER_CONFIRMED, new OrderConfirmed(order.id,
                        new Customer(order.customerName, order.customerEmail),
                        order.currency, Orders.contractLines(order), order.amounts.total()));
                metrics.confirmed(order);
            }
            case CANCEL -> cancellation.cancelLocked(order, transition.cancelReason(),
                    transition.cancelReason());
            case NONE -> {
            }
        }
        checkouts.orderProgressed(order);
    }
}
