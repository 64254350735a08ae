package dev.comptoir.fulfillment.shipment;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.fulfillment.ShipmentCreated;
import dev.comptoir.contracts.fulfillment.ShipmentDelivered;
import dev.comptoir.contracts.fulfillment.ShipmentLine;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.fulfillment.stock.Inventory;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a confirmed order into shipments, one per fulfillment group (parcel, download), and moves them along:
 * shipped, delivered, or canceled with the order while still in the warehouse. Each move is published once.
 */
@ApplicationScoped
public class Shipments {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Outbox outbox;
    private final Carrier carrier;
    private final Inventory inventory;
    private final String downloadBaseUrl;

    public Shipments(Outbox outbox, Carrier carrier, Inventory inventory,
            @ConfigProperty(name = "comptoir.shop.download-base-url") String downloadBaseUrl) {
        this.outbox = outbox;
        this.carrier = carrier;
        this.inventory = inventory;
        this.downloadBaseUrl = downloadBaseUrl.replaceAll("/+$", "");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void create(OrderConfirmed order) {
        // The order's business key, not only the event id: a confirmation published twice ships the goods once.
        if (Shipment.count("orderId", order.orderId()) > 0) {
            return;
        }
        Map<ShipmentMethod, List<OrderLine>> groups = order.lines().stream().collect(Collectors.groupingBy(
                ShipmentMethod::of, () -> new EnumMap<>(ShipmentMethod.class), Collectors.toList()));
        groups.forEach((method, lines) -> {
            OffsetDateTime now = OffsetDateTime.now();
            Shipment shipment = new Shipment();
            shipment.id = "shp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
            shipment.orderId = order.orderId();
            shipment.method = method;
            shipment.status = ShipmentStatus.PENDING;
            lines.forEach(line -> shipment.lines.add(new Shipment.Line(line.lineId(), line.sku(), line.name(),
                    line.quantity(), line.customizations() == null ? Map.of() : line.customizations())));
            shipment.createdAt = now;
            shipment.updatedAt = now;
            shipment.persist();
            outbox.append(Events.SHIPMENT_CREATED, new ShipmentCreated(order.orderId(), shipment.id, method.code(),
                    shipment.lines.stream().map(line -> new ShipmentLine(line.lineId, line.sku, line.name,
                            line.quantity, line.customizations)).toList()));
            if (method == ShipmentMethod.DIGITAL) {
                shipment.downloadUrl = downloadBaseUrl + "/downloads/" + downloadToken();
                markDelivered(shipment);
            }
        });
    }

    /** The order was canceled: what is still in the warehouse stays there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(OrderCanceled canceled) {
        for (Shipment listed : Shipment.forOrder(canceled.orderId())) {
            Shipment shipment = Shipment.lockById(listed.id).orElseThrow();
            if (shipment.status.toward(ShipmentStatus.CANCELED, shipment.method) == Transition.APPLY) {
                shipment.status = ShipmentStatus.CANCELED;
                shipment.canceledAt = OffsetDateTime.now();
                shipment.updatedAt = shipment.canceledAt;
            }
        }
    }

    /**
     * The parcel left with {@code handedTo}'s carrier and tracking number, or with the simulated carrier when null.
     * Shipping it again changes nothing, whatever tracking is given.
     */
    @Transactional
    public ShipmentView ship(String shipmentId, Tracking handedTo) {
        Shipment shipment = lock(shipmentId);
        if (move(shipment, ShipmentStatus.SHIPPED) == Transition.APPLY) {
            Tracking tracking = handedTo != null ? handedTo : carrier.dispatch(shipment.id);
            shipment.status = ShipmentStatus.SHIPPED;
            shipment.carrier = tracking.carrier();
            shipment.trackingNumber = tracking.trackingNumber();
            shipment.trackingUrl = tracking.trackingUrl();
            shipment.shippedAt = OffsetDateTime.now();
            shipment.updatedAt = shipment.shippedAt;
            inventory.dispatch(shipment.orderId);
            outbox.append(Events.SHIPMENT_SHIPPED, new ShipmentShipped(shipment.orderId, shipment.id,
                    shipment.carrier, shipment.trackingNumber, shipment.trackingUrl));
        }
        return ShipmentView.of(shipment);
    }

    @Transactional
    public ShipmentView deliver(String shipmentId) {
        Shipment shipment = lock(shipmentId);
        if (move(shipment, ShipmentStatus.DELIVERED) == Transition.APPLY) {
            markDelivered(shipment);
        }
        return ShipmentView.of(shipment);
    }

    private void markDelivered(Shipment shipment) {
        shipment.status = ShipmentStatus.DELIVERED;
        shipment.deliveredAt = OffsetDateTime.now();
        shipment.updatedAt = shipment.deliveredAt;
        outbox.append(Events.SHIPMENT_DELIVERED, new ShipmentDelivered(shipment.orderId, shipment.id,
                shipment.downloadUrl));
    }

    private static Shipment lock(String shipmentId) {
        return Shipment.lockById(shipmentId).orElseThrow(() -> ApiException.notFound("Shipment " + shipmentId));
    }

    private static Transition move(Shipment shipment, ShipmentStatus target) {
        Transition transition = shipment.status.toward(target, shipment.method);
        if (transition == Transition.ILLEGAL) {
            throw new ApiException(409, ApiError.invalidRequest("invalid_state",
                    "Shipment " + shipment.id + " is " + shipment.status.code() + " (" + shipment.method.code()
                            + "): it cannot become " + target.code(), null));
        }
        return transition;
    }

    /** Unguessable: the link alone gives the download. */
    private static String downloadToken() {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        return HexFormat.of().formatHex(token);
    }
}
