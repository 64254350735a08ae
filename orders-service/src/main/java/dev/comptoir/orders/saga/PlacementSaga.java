package dev.comptoir.orders.saga;

import dev.comptoir.orders.order.OrderStatus;

/**
 * Order placement: payment and stock are settled in parallel, then joined.
 *
 * <pre>
 * step                 | order created, the other side...   | order confirmed/canceled
 * ---------------------+------------------------------------+-------------------------
 * payment authorized   | reserved: CONFIRM; pending: wait   | record only
 * payment failed       | CANCEL (payment_failed)            | record only
 * stock reserved       | authorized: CONFIRM; pending: wait | record only
 * stock short          | CANCEL (inventory_shortage)        | record only
 * </pre>
 *
 * Compensation needs no extra step: {@code OrderCanceled} follows {@code OrderPlaced} on the order's partition, so
 * fulfillment releases a reservation even if it arrives after the cancel; payments voids an authorization, and voids
 * at once, without authorizing, an order whose cancel reached it before {@code AuthorizePayment} (another topic).
 */
public final class PlacementSaga {

    public enum Step {
        PAYMENT_AUTHORIZED, PAYMENT_FAILED, STOCK_RESERVED, STOCK_SHORT
    }

    public enum Action {
        NONE, CONFIRM, CANCEL
    }

    public record State(OrderStatus status, PaymentState payment, StockState stock) {
    }

    public record Transition(State next, Action action, String cancelReason) {
    }

    private PlacementSaga() {
    }

    public static Transition apply(State state, Step step) {
        State recorded = switch (step) {
            case PAYMENT_AUTHORIZED -> new State(state.status(), PaymentState.AUTHORIZED, state.stock());
            case PAYMENT_FAILED -> new State(state.status(), PaymentState.FAILED, state.stock());
            case STOCK_RESERVED -> new State(state.status(), state.payment(), StockState.RESERVED);
            case STOCK_SHORT -> new State(state.status(), state.payment(), StockState.SHORT);
        };
        if (state.status() != OrderStatus.CREATED) {
            return new Transition(recorded, Action.NONE, null);
        }
        if (recorded.payment() == PaymentState.FAILED) {
            return cancel(recorded, "payment_failed");
        }
        if (recorded.stock() == StockState.SHORT) {
            return cancel(recorded, "inventory_shortage");
        }
        if (recorded.payment() == PaymentState.AUTHORIZED && recorded.stock() == StockState.RESERVED) {
            return new Transition(new State(OrderStatus.CONFIRMED, recorded.payment(), recorded.stock()),
                    Action.CONFIRM, null);
        }
        return new Transition(recorded, Action.NONE, null);
    }

    private static Transition cancel(State recorded, String reason) {
        return new Transition(new State(OrderStatus.CANCELED, recorded.payment(), recorded.stock()), Action.CANCEL,
                reason);
    }
}
