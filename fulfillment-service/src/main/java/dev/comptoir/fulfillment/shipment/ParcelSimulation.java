package dev.comptoir.fulfillment.shipment;

import dev.comptoir.platform.errors.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The local stack's warehouse and carrier: parcels ship {@code comptoir.fulfillment.simulation.ship-after} after they
 * were created and arrive {@code deliver-after} after that. Runs every {@code poll-interval}; {@code off} (the default
 * outside the local profile) leaves shipping to the warehouse's API calls.
 */
@ApplicationScoped
public class ParcelSimulation {
    private static final Logger LOG = Logger.getLogger(ParcelSimulation.class);
    private static final int BATCH_SIZE = 100;

    private final Shipments shipments;
    private final Duration shipAfter;
    private final Duration deliverAfter;

    public ParcelSimulation(Shipments shipments,
            @ConfigProperty(name = "comptoir.fulfillment.simulation.ship-after") Duration shipAfter,
            @ConfigProperty(name = "comptoir.fulfillment.simulation.deliver-after") Duration deliverAfter) {
        this.shipments = shipments;
        this.shipAfter = shipAfter;
        this.deliverAfter = deliverAfter;
    }

    @Scheduled(every = "{comptoir.fulfillment.simulation.poll-interval}",
            concurrentExecution = ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void advance() {
        OffsetDateTime now = OffsetDateTime.now();
        parcels("status = ?1 and createdAt < ?2 order by createdAt", ShipmentStatus.PENDING, now.minus(shipAfter))
                .forEach(id -> attempt(id, () -> shipments.ship(id, null)));
        parcels("status = ?1 and shippedAt < ?2 order by shippedAt", ShipmentStatus.SHIPPED, now.minus(deliverAfter))
                .forEach(id -> attempt(id, () -> shipments.deliver(id)));
    }

    private static List<String> parcels(String query, ShipmentStatus status, OffsetDateTime before) {
        return QuarkusTransaction.requiringNew().call(() -> Shipment.<Shipment>find(
                        "method = ?3 and " + query, status, before, ShipmentMethod.SHIPPING)
                .page(0, BATCH_SIZE).list().stream().map(shipment -> shipment.id).toList());
    }

    /** Another replica, or the warehouse, may have moved or canceled the parcel meanwhile: nothing left to do. */
    private static void attempt(String id, Runnable move) {
        try {
            move.run();
        } catch (ApiException e) {
            LOG.debugf("Parcel %s left as it is: %s", id, e.getMessage());
        }
    }
}
