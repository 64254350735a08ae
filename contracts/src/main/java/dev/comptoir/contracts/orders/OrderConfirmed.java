package dev.comptoir.contracts.orders;

import dev.comptoir.contracts.OrderEvent;
import java.util.List;

/** Payment authorized and stock reserved: the merchant owes the customer these goods. */
public record OrderConfirmed(String orderId, Customer customer, String currency, List<OrderLine> lines, long total)
        implements OrderEvent {
}
