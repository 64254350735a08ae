package dev.comptoir.fulfillment.stock;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.fulfillment.InventoryReleased;
import dev.comptoir.contracts.fulfillment.InventoryReserved;
import dev.comptoir.contracts.fulfillment.InventoryShortage;
import dev.comptoir.contracts.fulfillment.ReservedLine;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderPlaced;
import dev.comptoir.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reserves an order's stock (all lines or none), releases it when the order is canceled, takes it off hand when the
 * parcel ships, and puts returned goods back.
 */
@ApplicationScoped
public class Inventory {
    private final Outbox outbox;

    public Inventory(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(OrderPlaced order) {
        if (Reservation.findByIdOptional(order.orderId()).isPresent()) {
            return;
        }
        // Digital goods are delivered by download: nothing to reserve.
        Map<String, Integer> requested = Allocation.bySku(order.lines().stream().filter(line -> !line.digital())
                .map(line -> Map.entry(line.sku(), line.quantity())).toList());
        Map<String, StockItem> items = new LinkedHashMap<>();
        Map<String, Integer> available = new LinkedHashMap<>();
        requested.keySet().forEach(sku -> StockItem.lockForUpdate(sku).ifPresent(item -> {
            items.put(sku, item);
            available.put(sku, item.available());
        }));
        Allocation allocation = Allocation.plan(requested, available);

        OffsetDateTime now = OffsetDateTime.now();
        Reservation reservation = new Reservation();
        reservation.orderId = order.orderId();
        reservation.createdAt = now;
        reservation.updatedAt = now;
        if (!allocation.fulfillable()) {
            reservation.status = ReservationStatus.SHORTAGE;
            reservation.persist();
            outbox.append(Events.INVENTORY_SHORTAGE, new InventoryShortage(order.orderId(), allocation.shortSkus()));
            return;
        }
        allocation.quantities().forEach((sku, quantity) -> {
            StockItem item = items.get(sku);
            item.reserved += quantity;
            item.updatedAt = now;
            outbox.append(Events.INVENTORY_LEVEL_CHANGED, item.levelChanged());
            reservation.lines.add(new Reservation.Line(sku, quantity));
        });
        reservation.status = ReservationStatus.RESERVED;
        reservation.persist();
        outbox.append(Events.INVENTORY_RESERVED, new InventoryReserved(order.orderId(), reservedLines(reservation)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void release(OrderCanceled canceled) {
        Reservation reservation = Reservation.findById(canceled.orderId());
        if (reservation == null || reservation.status != ReservationStatus.RESERVED) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        // Locked in SKU order, as reserve() does, so that a release and a reservation cannot deadlock.
        reservation.lines.stream().sorted(Comparator.comparing((Reservation.Line line) -> line.sku))
                .forEach(line -> StockItem.lockForUpdate(line.sku).ifPresent(item -> {
                    item.reserved -= line.quantity;
                    item.updatedAt = now;
                    outbox.append(Events.INVENTORY_LEVEL_CHANGED, item.levelChanged());
                }));
        reservation.status = ReservationStatus.RELEASED;
        reservation.updatedAt = now;
        outbox.append(Events.INVENTORY_RELEASED, new InventoryReleased(canceled.orderId(), reservedLines(reservation)));
    }

    /** The order's parcel left the warehouse: what it reserved is neither held nor on hand any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dispatch(String orderId) {
        Reservation reservation = Reservation.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
        if (reservation == null || reservation.status != ReservationStatus.RESERVED) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        reservation.lines.stream().sorted(Comparator.comparing((Reservation.Line line) -> line.sku))
                .forEach(line -> StockItem.lockForUpdate(line.sku).ifPresent(item -> {
                    item.onHand -= line.quantity;
                    item.reserved -= line.quantity;
                    item.updatedAt = now;
                    outbox.append(Events.INVENTORY_LEVEL_CHANGED, item.levelChanged());
                }));
        reservation.status = ReservationStatus.SHIPPED;
        reservation.updatedAt = now;
    }

    /** Returned goods fit to sell again are back on the shelf: {@code quantities} per SKU. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restock(Map<String, Integer> quantities) {
        OffsetDateTime now = OffsetDateTime.now();
        new TreeMap<>(quantities).forEach((sku, quantity) -> {
            StockItem item = StockItem.lockForUpdate(sku).orElseGet(() -> {
                StockItem counted = new StockItem();
                counted.sku = sku;
                counted.persist();
                return counted;
            });
            item.onHand += quantity;
            item.updatedAt = now;
            outbox.append(Events.INVENTORY_LEVEL_CHANGED, item.levelChanged());
        });
    }

    private static List<ReservedLine> reservedLines(Reservation reservation) {
        return reservation.lines.stream().map(line -> new ReservedLine(line.sku, line.quantity)).toList();
    }
}
