package dev.comptoir.contracts.fulfillment;

import dev.comptoir.contracts.OrderEvent;

/**
 * The return is not eligible; {@code reason}: {@code not_delivered}, {@code return_window_expired},
 * {@code quantity_exceeds_delivered}.
 */
public record ReturnRejected(String orderId, String returnId, String reason) implements OrderEvent {
}
