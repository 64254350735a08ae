package dev.comptoir.orders.returns;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** A return as the agent or the merchant follows it; {@code refund_amount} in minor units of the order currency. */
public record ReturnView(String id, String orderId, String status, String reason, List<Line> lineItems,
        String rmaNumber, String labelUrl, String rejectionReason, Long refundAmount, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public record Line(String id, int quantity, String condition) {
    }

    public static ReturnView of(OrderReturn orderReturn) {
        return new ReturnView(orderReturn.id, orderReturn.orderId, orderReturn.status.name().toLowerCase(Locale.ROOT),
                orderReturn.reason, orderReturn.lines.stream().map(line -> new Line(line.lineId, line.quantity,
                        line.condition)).toList(), orderReturn.rmaNumber, orderReturn.labelUrl,
                orderReturn.rejectionReason, orderReturn.refundAmount, orderReturn.createdAt, orderReturn.updatedAt);
    }
}
