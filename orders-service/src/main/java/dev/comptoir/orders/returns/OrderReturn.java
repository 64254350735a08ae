package dev.comptoir.orders.returns;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A return of some of an order's lines; {@link ReturnFlow} says how it moves. */
@Entity
@Table(name = "order_return")
public class OrderReturn extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String reason;
    @Column(name = "rma_number")
    public String rmaNumber;
    @Column(name = "label_url")
    public String labelUrl;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    /** The refund currently asked for this return. */
    @Column(name = "refund_id")
    public String refundId;
    @Column(name = "refund_amount")
    public Long refundAmount;
    @Column(name = "refund_attempts")
    public int refundAttempts;
    /** How many times the step it waits on was asked (the verdict, the refund); the deadline counts from updated_at. */
    public int asks;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_return_line", joinColumns = @JoinColumn(name = "return_id"))
    public List<Line> lines = new ArrayList<>();
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public enum Status {
        REQUESTED, AUTHORIZED, REJECTED, REFUND_PENDING, REFUNDED, MANUAL_REVIEW, EXPIRED
    }

    @Embeddable
    public static class Line {
        @Column(name = "line_id")
        public String lineId;
        public int quantity;
        /** resellable or damaged, once received. */
        public String condition;

        public Line() {
        }

        public Line(String lineId, int quantity) {
            this.lineId = lineId;
            this.quantity = quantity;
        }
    }

    /** Per order line, the units that came back (received, whatever became of their refund). */
    public static Map<String, Integer> returnedQuantities(String orderId) {
        return quantities(orderId, Set.of(Status.REFUND_PENDING, Status.REFUNDED, Status.MANUAL_REVIEW));
    }

    /** Per order line, the units in this order's returns that are in one of {@code statuses}. */
    public static Map<String, Integer> quantities(String orderId, Set<Status> statuses) {
        Map<String, Integer> quantities = new HashMap<>();
        of(orderId).stream().filter(orderReturn -> statuses.contains(orderReturn.status))
                .flatMap(orderReturn -> orderReturn.lines.stream())
                .forEach(line -> quantities.merge(line.lineId, line.quantity, Integer::sum));
        return quantities;
    }

    /** The return, locked until the transaction ends: its saga steps and deadlines apply one at a time. */
    public static Optional<OrderReturn> lockById(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public static List<OrderReturn> of(String orderId) {
        return list("orderId = ?1 order by createdAt, id", orderId);
    }
}
