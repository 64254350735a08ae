package dev.comptoir.fulfillment.returns;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A return as the warehouse sees it: what was asked back ({@code lines}), the decision, and what came back in which
 * condition ({@code received}).
 */
public record ReturnView(String id, String orderId, String status, String reason, String rejectionReason,
        String rmaNumber, String labelUrl, List<LineView> lines, List<LineView> received, OffsetDateTime createdAt,
        OffsetDateTime receivedAt, OffsetDateTime updatedAt) {

    /** A quantity of the order line {@code id}; {@code condition} only for what was received. */
    public record LineView(String id, String sku, int quantity, String condition) {
    }

    static ReturnView of(Return ret) {
        return new ReturnView(ret.id, ret.orderId, ret.status.code(), ret.reason,
                ret.rejectionReason == null ? null : ret.rejectionReason.code(), ret.rmaNumber, ret.labelUrl,
                ret.lines.stream().map(line -> new LineView(line.lineId, line.sku, line.quantity, null)).toList(),
                ret.received.stream().map(line -> new LineView(line.lineId, line.sku, line.quantity,
                        line.condition.code())).toList(),
                ret.createdAt, ret.receivedAt, ret.updatedAt);
    }
}
