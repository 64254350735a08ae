package dev.comptoir.fulfillment.returns;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.fulfillment.ReturnAuthorized;
import dev.comptoir.contracts.fulfillment.ReturnLine;
import dev.comptoir.contracts.fulfillment.ReturnReceived;
import dev.comptoir.contracts.fulfillment.ReturnRejected;
import dev.comptoir.contracts.orders.ReturnRequested;
import dev.comptoir.fulfillment.shipment.Carrier;
import dev.comptoir.fulfillment.shipment.Shipment;
import dev.comptoir.fulfillment.shipment.ShipmentMethod;
import dev.comptoir.fulfillment.shipment.ShipmentStatus;
import dev.comptoir.fulfillment.stock.Inventory;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.events.MalformedEventException;
import dev.comptoir.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides returns (authorized with an RMA number and a prepaid label, or rejected with a reason, see
 * {@link ReturnPolicy}) and books in what comes back: resellable goods go back on hand.
 */
@ApplicationScoped
public class Returns {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Outbox outbox;
    private final Carrier carrier;
    private final Inventory inventory;
    private final ReturnPolicy policy;

    public Returns(Outbox outbox, Carrier carrier, Inventory inventory,
            @ConfigProperty(name = "comptoir.fulfillment.return-window") Duration window) {
        this.outbox = outbox;
        this.carrier = carrier;
        this.inventory = inventory;
        this.policy = new ReturnPolicy(window);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void request(ReturnRequested requested) {
        Optional<Return> known = Return.lockById(requested.returnId());
        if (known.isPresent()) {
            repeatVerdict(known.get());
            return;
        }
        if (requested.lines() == null || requested.lines().isEmpty()
                || requested.lines().stream().anyMatch(line -> line.lineId() == null || line.quantity() < 1)) {
            throw new MalformedEventException("Return " + requested.returnId() + " asks back no line, or none of one");
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        Map<String, String> requestedSkus = new HashMap<>();
        requested.lines().forEach(line -> {
            quantities.merge(line.lineId(), line.quantity(), Integer::sum);
            requestedSkus.putIfAbsent(line.lineId(), line.sku());
        });
        Map<String, LineHistory> history = history(requested.orderId());
        OffsetDateTime now = OffsetDateTime.now();
        Optional<Rejection> rejection = policy.check(quantities, history, now);

        Return ret = new Return();
        ret.id = requested.returnId();
        ret.orderId = requested.orderId();
        ret.reason = requested.reason();
        // Our own record of the line says which SKU goes back on the shelf; the request's is for lines we never had.
        quantities.forEach((lineId, quantity) -> ret.lines.add(new Return.Line(lineId,
                history.containsKey(lineId) ? history.get(lineId).sku() : requestedSkus.get(lineId), quantity)));
        ret.createdAt = now;
        ret.updatedAt = now;
        if (rejection.isPresent()) {
            ret.status = ReturnStatus.REJECTED;
            ret.rejectionReason = rejection.get();
            ret.persist();
            outbox.append(Events.RETURN_REJECTED, new ReturnRejected(ret.orderId, ret.id, rejection.get().code()));
            return;
        }
        ret.status = ReturnStatus.AUTHORIZED;
        ret.rmaNumber = "RMA-" + HexFormat.of().formatHex(randomBytes(5)).toUpperCase(Locale.ROOT);
        ret.labelUrl = carrier.returnLabelUrl(ret.rmaNumber);
        ret.persist();
        announceAuthorized(ret);
    }

    /**
     * The same return asked again (orders heard nothing before its deadline): the verdict given is said again, and
     * the receipt if the goods are already in; nothing is decided twice.
     */
    private void repeatVerdict(Return ret) {
        switch (ret.status) {
            case REJECTED -> outbox.append(Events.RETURN_REJECTED,
                    new ReturnRejected(ret.orderId, ret.id, ret.rejectionReason.code()));
            case AUTHORIZED -> announceAuthorized(ret);
            case RECEIVED -> {
                announceAuthorized(ret);
                announceReceived(ret);
            }
        }
    }

    private void announceAuthorized(Return ret) {
        outbox.append(Events.RETURN_AUTHORIZED, new ReturnAuthorized(ret.orderId, ret.id, ret.rmaNumber, ret.labelUrl,
                ret.lines.stream().map(line -> new ReturnLine(line.lineId, line.sku, line.quantity, null)).toList()));
    }

    private void announceReceived(Return ret) {
        outbox.append(Events.RETURN_RECEIVED, new ReturnReceived(ret.orderId, ret.id, ret.received.stream()
                .map(line -> new ReturnLine(line.lineId, line.sku, line.quantity, line.condition.code())).toList()));
    }

    /** Books in the return's parcel; receiving it again with the same receipt changes nothing. */
    @Transactional
    public ReturnView receive(String returnId, Receipt receipt) {
        Return ret = Return.lockById(returnId).orElseThrow(() -> ApiException.notFound("Return " + returnId));
        if (ret.status == ReturnStatus.RECEIVED && received(ret).equals(receipt.totals())) {
            return ReturnView.of(ret);
        }
        if (!ret.status.awaitsGoods()) {
            throw new ApiException(409, ApiError.invalidRequest("invalid_state", "Return " + returnId + " is "
                    + ret.status.code() + ": only an authorized return can be received", null));
        }
        receipt.checkWithin(ret.lines.stream().collect(Collectors.toMap(line -> line.lineId,
                line -> line.quantity)));
        Map<String, String> skus = ret.lines.stream().collect(Collectors.toMap(line -> line.lineId,
                line -> line.sku));
        receipt.totals().forEach((key, quantity) -> ret.received.add(new Return.ReceivedLine(key.lineId(),
                skus.get(key.lineId()), key.condition(), quantity)));
        ret.status = ReturnStatus.RECEIVED;
        ret.receivedAt = OffsetDateTime.now();
        ret.updatedAt = ret.receivedAt;
        inventory.restock(ret.received.stream().filter(line -> line.condition == ItemCondition.RESELLABLE)
                .collect(Collectors.groupingBy(line -> line.sku, Collectors.summingInt(line -> line.quantity))));
        announceReceived(ret);
        return ReturnView.of(ret);
    }

    /**
     * Per order line: what reached the buyer, and what returns already take back. The order's shipments are locked:
     * two returns of one order are decided one after the other, each counting what the other takes back.
     */
    private static Map<String, LineHistory> history(String orderId) {
        List<Shipment> shipments = Shipment.<Shipment>find("orderId", orderId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        List<Return> earlier = Return.forOrder(orderId);
        Map<String, LineHistory> history = new HashMap<>();
        for (Shipment shipment : shipments) {
            boolean delivered = shipment.status == ShipmentStatus.DELIVERED;
            for (Shipment.Line line : shipment.lines) {
                history.put(line.lineId, new LineHistory(line.sku, shipment.method == ShipmentMethod.DIGITAL,
                        delivered ? line.quantity : 0, delivered ? shipment.deliveredAt : null,
                        earlier.stream().mapToInt(ret -> ret.takesBack(line.lineId)).sum()));
            }
        }
        return history;
    }

    private static Map<Receipt.Key, Integer> received(Return ret) {
        return ret.received.stream().collect(Collectors.toMap(line -> new Receipt.Key(line.lineId, line.condition),
                line -> line.quantity));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
