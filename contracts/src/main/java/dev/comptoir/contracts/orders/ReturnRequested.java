package dev.comptoir.contracts.orders;

import dev.comptoir.contracts.OrderEvent;
import dev.comptoir.contracts.fulfillment.ReturnLine;
import java.util.List;

/** The buyer (through the agent or support) wants to send these lines back. */
public record ReturnRequested(String orderId, String returnId, List<ReturnLine> lines, String reason)
        implements OrderEvent {
}
