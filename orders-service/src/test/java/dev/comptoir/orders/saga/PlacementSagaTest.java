package dev.comptoir.orders.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.saga.PlacementSaga.Action;
import dev.comptoir.orders.saga.PlacementSaga.State;
import dev.comptoir.orders.saga.PlacementSaga.Step;
import dev.comptoir.orders.saga.PlacementSaga.Transition;
import org.junit.jupiter.api.Test;

class PlacementSagaTest {
    private static final State JUST_PLACED = new State(OrderStatus.CREATED, PaymentState.PENDING, StockState.PENDING);

    @Test
    void orderWaitsUntilBothPaymentAndStockAreSettled() {
        Transition paid = PlacementSaga.apply(JUST_PLACED, Step.PAYMENT_AUTHORIZED);
        assertEquals(Action.NONE, paid.action());
        assertEquals(OrderStatus.CREATED, paid.next().status());
        Transition reserved = PlacementSaga.apply(JUST_PLACED, Step.STOCK_RESERVED);
        assertEquals(Action.NONE, reserved.action());
    }

    @Test
    void authorizedAndReservedConfirmsWhicheverArrivesLast() {
        Transition paidThenReserved = PlacementSaga.apply(
                PlacementSaga.apply(JUST_PLACED, Step.PAYMENT_AUTHORIZED).next(), Step.STOCK_RESERVED);
        assertEquals(Action.CONFIRM, paidThenReserved.action());
        assertEquals(OrderStatus.CONFIRMED, paidThenReserved.next().status());

        Transition reservedThenPaid = PlacementSaga.apply(
                PlacementSaga.apply(JUST_PLACED, Step.STOCK_RESERVED).next(), Step.PAYMENT_AUTHORIZED);
        assertEquals(Action.CONFIRM, reservedThenPaid.action());
    }

    @Test
    void failedPaymentCancelsEvenWithStockReserved() {
        Transition transition = PlacementSaga.apply(
                PlacementSaga.apply(JUST_PLACED, Step.STOCK_RESERVED).next(), Step.PAYMENT_FAILED);
        assertEquals(Action.CANCEL, transition.action());
        assertEquals("payment_failed", transition.cancelReason());
        assertEquals(OrderStatus.CANCELED, transition.next().status());
    }

    @Test
    void shortageCancelsEvenWithPaymentAuthorized() {
        Transition transition = PlacementSaga.apply(
                PlacementSaga.apply(JUST_PLACED, Step.PAYMENT_AUTHORIZED).next(), Step.STOCK_SHORT);
        assertEquals(Action.CANCEL, transition.action());
        assertEquals("inventory_shortage", transition.cancelReason());
    }

    @Test
    void outcomesAfterTheDecisionAreRecordedButDecideNothing() {
        State canceled = PlacementSaga.apply(JUST_PLACED, Step.PAYMENT_FAILED).next();
        Transition late = PlacementSaga.apply(canceled, Step.STOCK_RESERVED);
        assertEquals(Action.NONE, late.action());
        assertEquals(OrderStatus.CANCELED, late.next().status());
        assertEquals(StockState.RESERVED, late.next().stock());

        State confirmed = new State(OrderStatus.CONFIRMED, PaymentState.AUTHORIZED, StockState.RESERVED);
        assertEquals(Action.NONE, PlacementSaga.apply(confirmed, Step.PAYMENT_AUTHORIZED).action());
    }
}
