package dev.comptoir.contracts.fulfillment;

import dev.comptoir.contracts.OrderEvent;
import java.util.List;

/** The return is eligible: the buyer ships the lines back under {@code rmaNumber} with the prepaid label. */
public record ReturnAuthorized(String orderId, String returnId, String rmaNumber, String labelUrl,
        List<ReturnLine> lines) implements OrderEvent {
}
