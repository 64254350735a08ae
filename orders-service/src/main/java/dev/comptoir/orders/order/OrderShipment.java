package dev.comptoir.orders.order;

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
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A shipment of the order as fulfillment reports it: which lines, and how far it got. */
@Entity
@Table(name = "order_shipment")
public class OrderShipment extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    /** shipping or digital. */
    public String method;
    @Enumerated(EnumType.STRING)
    public ShipmentStatus status;
    public String carrier;
    @Column(name = "tracking_number")
    public String trackingNumber;
    @Column(name = "tracking_url")
    public String trackingUrl;
    @Column(name = "download_url")
    public String downloadUrl;
    /** The secret part of {@code downloadUrl}: whoever holds it may download. */
    @Column(name = "download_token")
    public String downloadToken;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_shipment_line", joinColumns = @JoinColumn(name = "shipment_id"))
    public List<Line> lines = new ArrayList<>();
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "shipped_at")
    public OffsetDateTime shippedAt;
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
    @Column(name = "canceled_at")
    public OffsetDateTime canceledAt;

    public enum ShipmentStatus {
        PENDING, SHIPPED, DELIVERED, CANCELED
    }

    @Embeddable
    public static class Line {
        @Column(name = "line_id")
        public String lineId;
        public int quantity;

        public Line() {
        }

        public Line(String lineId, int quantity) {
            this.lineId = lineId;
            this.quantity = quantity;
        }
    }

    /** Per order line, the units delivered. */
    public static Map<String, Integer> deliveredQuantities(String orderId) {
        return deliveredQuantities(of(orderId));
    }

    public static Map<String, Integer> deliveredQuantities(List<OrderShipment> shipments) {
        Map<String, Integer> delivered = new HashMap<>();
        shipments.stream().filter(shipment -> shipment.status == ShipmentStatus.DELIVERED)
                .flatMap(shipment -> shipment.lines.stream())
                .forEach(line -> delivered.merge(line.lineId, line.quantity, Integer::sum));
        return delivered;
    }

    public static List<OrderShipment> of(String orderId) {
        return list("orderId = ?1 order by createdAt, id", orderId);
    }
}
