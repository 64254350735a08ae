package dev.comptoir.orders.saga;

import dev.comptoir.contracts.fulfillment.ShipmentCreated;
import dev.comptoir.contracts.fulfillment.ShipmentDelivered;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.orders.download.DownloadLink;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderShipment;
import dev.comptoir.orders.order.OrderShipment.ShipmentStatus;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.OrderStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Follows the order's shipments as fulfillment reports them, and moves the order on ({@link OrderProgress}). */
@ApplicationScoped
public class ShipmentTracking {
    private static final Logger LOG = Logger.getLogger(ShipmentTracking.class);

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(ShipmentCreated event) {
        Optional<Order> order = Order.lockForUpdate(event.orderId());
        if (order.isEmpty() || OrderShipment.findByIdOptional(event.shipmentId()).isPresent()) {
            return;
        }
        OrderShipment shipment = new OrderShipment();
        shipment.id = event.shipmentId();
        shipment.orderId = event.orderId();
        shipment.method = event.method();
        shipment.status = ShipmentStatus.PENDING;
        shipment.createdAt = OffsetDateTime.now();
        event.lines().forEach(line -> shipment.lines.add(new OrderShipment.Line(line.lineId(), line.quantity())));
        shipment.persist();
        OrderStep.record(event.orderId(), "shipment_created", event.method() + " shipment " + event.shipmentId()
                + " with " + event.lines().size() + " line(s)");
        progress(order.get());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void shipped(ShipmentShipped event) {
        shipment(event.orderId(), event.shipmentId()).ifPresent(shipment -> {
            if (shipment.status != ShipmentStatus.PENDING) {
                return;
            }
            shipment.status = ShipmentStatus.SHIPPED;
            shipment.carrier = event.carrier();
            shipment.trackingNumber = event.trackingNumber();
            shipment.trackingUrl = event.trackingUrl();
            shipment.shippedAt = OffsetDateTime.now();
            OrderStep.record(event.orderId(), "shipment_shipped", event.shipmentId() + " with " + event.carrier()
                    + ", tracking " + event.trackingNumber());
            Order.lockForUpdate(event.orderId()).ifPresent(this::progress);
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(ShipmentDelivered event) {
        shipment(event.orderId(), event.shipmentId()).ifPresent(shipment -> {
            if (shipment.status == ShipmentStatus.DELIVERED || shipment.status == ShipmentStatus.CANCELED) {
                return;
            }
            shipment.status = ShipmentStatus.DELIVERED;
            shipment.downloadUrl = event.downloadUrl();
            shipment.downloadToken = DownloadLink.token(event.downloadUrl()).orElse(null);
            shipment.deliveredAt = OffsetDateTime.now();
            OrderStep.record(event.orderId(), "shipment_delivered", event.shipmentId());
            Order.lockForUpdate(event.orderId()).ifPresent(this::progress);
        });
    }

    /** A canceled order's shipments that had not left are canceled with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void orderCanceled(String orderId) {
        OrderShipment.of(orderId).stream().filter(shipment -> shipment.status == ShipmentStatus.PENDING)
                .forEach(shipment -> {
                    shipment.status = ShipmentStatus.CANCELED;
                    shipment.canceledAt = OffsetDateTime.now();
                });
    }

    private void progress(Order order) {
        OrderStatus next = OrderProgress.afterShipments(order.status,
                OrderShipment.of(order.id).stream().map(shipment -> shipment.status).toList());
        if (next != order.status) {
            order.status = next;
            order.updatedAt = OffsetDateTime.now();
            OrderStep.record(order.id, "status_" + next.acpName(), null);
        }
    }

    private static Optional<OrderShipment> shipment(String orderId, String shipmentId) {
        Optional<OrderShipment> shipment = OrderShipment.findByIdOptional(shipmentId);
        if (shipment.isEmpty()) {
            LOG.warnf("Shipment %s of order %s is unknown: ignored", shipmentId, orderId);
        }
        return shipment;
    }
}
