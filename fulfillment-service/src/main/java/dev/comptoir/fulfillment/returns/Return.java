package dev.comptoir.fulfillment.returns;

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
import java.util.List;
import java.util.Optional;

/** A buyer's return of some order lines, as decided (authorized with an RMA, or rejected) and as received. */
@Entity
@Table(name = "merchandise_return")
public class Return extends PanacheEntityBase {
    /** The id orders-service gave the return: asking again with it decides nothing twice. */
    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    @Enumerated(EnumType.STRING)
    public ReturnStatus status;
    /** The buyer's words. */
    public String reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason")
    public Rejection rejectionReason;
    @Column(name = "rma_number")
    public String rmaNumber;
    @Column(name = "label_url")
    public String labelUrl;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "merchandise_return_line", joinColumns = @JoinColumn(name = "return_id"))
    public List<Line> lines = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "merchandise_return_receipt", joinColumns = @JoinColumn(name = "return_id"))
    public List<ReceivedLine> received = new ArrayList<>();
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** A quantity of an order line asked back. */
    @Embeddable
    public static class Line {
        @Column(name = "line_id")
        public String lineId;
        public String sku;
        public int quantity;

        public Line() {
        }

        public Line(String lineId, String sku, int quantity) {
            this.lineId = lineId;
            this.sku = sku;
            this.quantity = quantity;
        }
    }

    /** A quantity of an order line that came back in one condition. */
    @Embeddable
    public static class ReceivedLine {
        @Column(name = "line_id")
        public String lineId;
        public String sku;
        @Enumerated(EnumType.STRING)
        @Column(name = "item_condition")
        public ItemCondition condition;
        public int quantity;

        public ReceivedLine() {
        }

        public ReceivedLine(String lineId, String sku, ItemCondition condition, int quantity) {
            this.lineId = lineId;
            this.sku = sku;
            this.condition = condition;
            this.quantity = quantity;
        }
    }

    /** How much of an order line this return takes back: all it authorized until received, then what came. */
    public int takesBack(String lineId) {
        return switch (status) {
            case REJECTED -> 0;
            case AUTHORIZED -> lines.stream().filter(line -> line.lineId.equals(lineId))
                    .mapToInt(line -> line.quantity).sum();
            case RECEIVED -> received.stream().filter(line -> line.lineId.equals(lineId))
                    .mapToInt(line -> line.quantity).sum();
        };
    }

    public static List<Return> forOrder(String orderId) {
        return list("orderId = ?1 order by createdAt", orderId);
    }

    /** The return, locked until the transaction ends: a parcel is booked in once. */
    public static Optional<Return> lockById(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
