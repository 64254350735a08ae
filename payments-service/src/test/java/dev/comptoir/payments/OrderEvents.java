package dev.comptoir.payments;

import dev.comptoir.contracts.orders.AuthorizePayment;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.contracts.orders.ThreeDsResult;
import java.util.List;
import java.util.Map;

/** Orders' commands and events as orders-service publishes them, for one line of {@code total} minor units. */
public final class OrderEvents {
    public static final Customer ADA = new Customer("Ada Lovelace", "ada@example.com");

    private OrderEvents() {
    }

    public static AuthorizePayment authorize(String orderId, String sessionId, String token, long total) {
        return authorize(orderId, sessionId, token, total, null);
    }

    public static AuthorizePayment authorize(String orderId, String sessionId, String token, long total,
            ThreeDsResult authentication) {
        return new AuthorizePayment(orderId, sessionId, "test-agent", total, "usd", token, authentication);
    }

    public static OrderConfirmed confirmed(String orderId, long total, boolean digital) {
        return new OrderConfirmed(orderId, ADA, "usd", List.of(line(total, digital)), total);
    }

    private static OrderLine line(long total, boolean digital) {
        return digital ? new OrderLine("li_1", "ebook", "E-book", 1, total, total, true, Map.of())
                : new OrderLine("li_1", "mug-black", "Black mug", 1, total, total, false, Map.of());
    }
}
