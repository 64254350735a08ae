package dev.comptoir.contracts.fulfillment;

import dev.comptoir.contracts.OrderEvent;

/**
 * The return is not eligible; {@code reason}: {@code not_delivered}, {@code return_window_expired},
 * {@code quantity_exceeds_delivered}, {@code not_returnable} (a digital line: a download cannot be sent back).
 */
public record ReturnRejected(String orderId, String returnId, String reason) implements OrderEvent {
}
