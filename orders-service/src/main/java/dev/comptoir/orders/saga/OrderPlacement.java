package dev.comptoir.orders.saga;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.OrderEvent;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.payments.PaymentFailed;
import dev.comptoir.orders.checkout.Checkouts;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderAdjustment;
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
    private final Checkouts checkouts;

    public OrderPlacement(Outbox outbox, Checkouts checkouts) {
        this.outbox = outbox;
        this.checkouts = checkouts;
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
        Customer customer = new Customer(order.customerName, order.customerEmail);
        switch (transition.action()) {
            case CONFIRM -> {
                OrderStep.record(order.id, "status_confirmed", "paid and in stock");
                outbox.append(Events.ORDER_CONFIRMED, new OrderConfirmed(order.id, customer,
                        order.currency, Orders.contractLines(order), order.amounts.total()));
            }
            case CANCEL -> {
                order.cancelReason = transition.cancelReason();
                OrderStep.record(order.id, "status_canceled", transition.cancelReason());
                OrderAdjustment.upsert("cancellation-" + order.id, order.id, "cancellation", "completed", null,
                        transition.cancelReason());
                outbox.append(Events.ORDER_CANCELED, new OrderCanceled(order.id, transition.cancelReason(), customer));
            }
            case NONE -> {
            }
        }
        checkouts.orderProgressed(order);
    }
}
