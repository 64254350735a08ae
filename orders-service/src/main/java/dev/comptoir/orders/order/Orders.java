package dev.comptoir.orders.order;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.orders.Address;
import dev.comptoir.contracts.orders.AuthorizePayment;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.contracts.orders.OrderPlaced;
import dev.comptoir.contracts.orders.ThreeDsResult;
import dev.comptoir.orders.checkout.CheckoutSession;
import dev.comptoir.orders.pricing.Quote;
import dev.comptoir.orders.saga.PaymentState;
import dev.comptoir.orders.saga.StockState;
import dev.comptoir.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Places orders: the order row, its {@code OrderPlaced} event and the {@code AuthorizePayment} command are stored in
 * one transaction. The payment credentials go into the command alone, for payments: the order keeps none of them.
 */
@ApplicationScoped
public class Orders {
    private final Outbox outbox;
    private final OrderUpdates updates;
    private final OrderMetrics metrics;

    public Orders(Outbox outbox, OrderUpdates updates, OrderMetrics metrics) {
        this.outbox = outbox;
        this.updates = updates;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Order place(CheckoutSession session, Customer customer, String paymentToken, ThreeDsResult authentication) {
        OffsetDateTime now = OffsetDateTime.now();
        Order order = new Order();
        order.id = "ord_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        order.checkoutSessionId = session.id;
        order.agentId = session.agentId;
        order.status = OrderStatus.CREATED;
        order.paymentState = PaymentState.PENDING;
        order.stockState = StockState.PENDING;
        order.currency = session.currency;
        order.locale = session.locale;
        order.amounts = session.amounts;
        order.customerName = customer.name();
        order.customerEmail = customer.email();
        order.createdAt = now;
        order.updatedAt = now;
        session.lines.forEach(line -> order.lines.add(line.copy()));
        session.quote.groups().stream().filter(group -> Quote.FulfillmentGroup.SHIPPING.equals(group.type()))
                .findFirst().map(Quote.FulfillmentGroup::selected).ifPresent(option -> {
                    order.estimatedDeliveryEarliest = option.earliestDelivery();
                    order.estimatedDeliveryLatest = option.latestDelivery();
                });
        order.persist();
        OrderStep.record(order.id, "placed", "checkout session " + session.id);
        Address shippingAddress = session.quote.needsShipping()
                ? new Address(session.shipName, session.shipLineOne, session.shipLineTwo, session.shipCity,
                        session.shipState, session.shipCountry, session.shipPostalCode)
                : null;
        outbox.append(Events.ORDER_PLACED, new OrderPlaced(order.id, session.id, order.agentId, order.currency,
                contractLines(order), order.amounts.itemsBaseAmount(),
                order.amounts.itemsDiscount() + order.amounts.discount(), order.amounts.tax(),
                order.amounts.fulfillment(), order.amounts.total(), customer, shippingAddress, order.locale));
        outbox.append(Events.AUTHORIZE_PAYMENT, new AuthorizePayment(order.id, session.id, order.agentId,
                order.amounts.total(), order.currency, paymentToken, authentication));
        updates.publishIfChanged(order);
        metrics.placed();
        return order;
    }

    public static List<OrderLine> contractLines(Order order) {
        return order.lines.stream().map(line -> new OrderLine(line.lineId, line.sku, line.name, line.quantity,
                line.unitAmount, line.total, line.digital, Map.copyOf(line.customizations()))).toList();
    }
}
