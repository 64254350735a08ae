package dev.comptoir.fulfillment.shipment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One fulfillment group of a confirmed order on its way to the buyer, with its pick list. */
@Entity
@Table(name = "shipment")
public class Shipment extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    @Enumerated(EnumType.STRING)
    public ShipmentMethod method;
    @Enumerated(EnumType.STRING)
    public ShipmentStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shipment_line", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderColumn(name = "position")
    public List<Line> lines = new ArrayList<>();
    public String carrier;
    @Column(name = "tracking_number")
    public String trackingNumber;
    @Column(name = "tracking_url")
    public String trackingUrl;
    @Column(name = "download_url")
    public String downloadUrl;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "shipped_at")
    public OffsetDateTime shippedAt;
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
    @Column(name = "canceled_at")
    public OffsetDateTime canceledAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Embeddable
    public static class Line {
        @Column(name = "line_id")
        public String lineId;
        public String sku;
        public String name;
        public int quantity;
        @Convert(converter = CustomizationsConverter.class)
        public Map<String, String> customizations;

        public Line() {
        }

        public Line(String lineId, String sku, String name, int quantity, Map<String, String> customizations) {
            this.lineId = lineId;
            this.sku = sku;
            this.name = name;
            this.quantity = quantity;
            this.customizations = customizations;
        }
    }

    public static List<Shipment> forOrder(String orderId) {
        return list("orderId = ?1 order by createdAt, method", orderId);
    }

    /** The shipment, locked until the transaction ends: two warehouse clicks or a click and the carrier take turns. */
    public static Optional<Shipment> lockById(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
