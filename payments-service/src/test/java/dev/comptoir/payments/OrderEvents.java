package dev.comptoir.payments;

import dev.comptoir.contracts.orders.Address;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.contracts.orders.OrderPlaced;
import dev.comptoir.contracts.orders.ThreeDsResult;
import java.util.List;
import java.util.Map;

/** Order events as orders-service publishes them, for one line of {@code total} minor units. */
public final class OrderEvents {
    public static final Customer ADA = new Customer("Ada Lovelace", "ada@example.com");

    private OrderEvents() {
    }

    public static OrderPlaced placed(String orderId, String sessionId, String token, long total) {
        return placed(orderId, sessionId, token, total, false, null);
    }

    public static OrderPlaced placed(String orderId, String sessionId, String token, long total, boolean digital,
            ThreeDsResult authentication) {
        return new OrderPlaced(orderId, sessionId, "test-agent", "usd", List.of(line(total, digital)), total, 0, 0, 0,
                total, ADA, digital ? null
                        : new Address("Ada Lovelace", "1 Chat Road", null, "San Francisco", "CA", "US", "94131"),
                token, authentication, "en-US");
    }

    public static OrderConfirmed confirmed(String orderId, long total, boolean digital) {
        return new OrderConfirmed(orderId, ADA, "usd", List.of(line(total, digital)), total);
    }

    private static OrderLine line(long total, boolean digital) {
        return digital ? new OrderLine("li_1", "ebook", "E-book", 1, total, total, true, Map.of())
                : new OrderLine("li_1", "mug-black", "Black mug", 1, total, total, false, Map.of());
    }
}
