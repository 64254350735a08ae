package dev.comptoir.notifications.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.comptoir.contracts.fulfillment.ReturnAuthorized;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.payments.RefundSucceeded;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailRequestTest {
    private static final Customer ADA = new Customer("Ada", "ada@example.com");

    @Test
    void aDeclinedCardGivesThePaymentFailureEmailAndNoCancellationEmail() {
        EmailRequest declined = EmailRequest.of(new OrderCanceled("ord_1", "payment_failed", ADA, "insufficient_funds"));
        assertEquals(EmailKind.PAYMENT_FAILED, declined.kind());
        assertEquals("payment_failed:ord_1", declined.dedupeKey());
        assertEquals(new EmailFacts.PaymentFailed("ord_1", "insufficient_funds"), declined.facts());

        EmailRequest canceled = EmailRequest.of(new OrderCanceled("ord_1", "canceled_on_request", ADA, null));
        assertEquals(EmailKind.ORDER_CANCELLATION, canceled.kind());
        assertEquals(new EmailFacts.Cancellation("ord_1", "canceled_on_request"), canceled.facts());
    }

    @Test
    void eachShipmentReturnAndRefundIsItsOwnEmail() {
        assertEquals("order_shipped:shp_1",
                EmailRequest.of(new ShipmentShipped("ord_1", "shp_1", "DHL", "123", null)).dedupeKey());
        assertNotEquals(EmailRequest.of(new ShipmentShipped("ord_1", "shp_1", "DHL", "123", null)).dedupeKey(),
                EmailRequest.of(new ShipmentShipped("ord_1", "shp_2", "DHL", "456", null)).dedupeKey());
        assertEquals("return_label:ret_1", EmailRequest.of(
                new ReturnAuthorized("ord_1", "ret_1", "RMA-1", "https://label", List.of())).dedupeKey());
        assertEquals("refund_issued:re_1",
                EmailRequest.of(new RefundSucceeded("ord_1", "re_1", 500, "eur")).dedupeKey());
    }
}
