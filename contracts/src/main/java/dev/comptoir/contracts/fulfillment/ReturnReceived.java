package dev.comptoir.contracts.fulfillment;

import dev.comptoir.contracts.OrderEvent;
import java.util.List;

/** The warehouse received the returned lines, each with its condition; resellable ones went back to stock. */
public record ReturnReceived(String orderId, String returnId, List<ReturnLine> lines) implements OrderEvent {
}
