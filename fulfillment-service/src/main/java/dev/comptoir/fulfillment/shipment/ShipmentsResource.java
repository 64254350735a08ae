package dev.comptoir.fulfillment.shipment;

import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The warehouse's shipments: what to pick for an order, and telling that a parcel left or arrived. */
@Path("/shipments")
@Authenticated(Caller.MERCHANT)
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentsResource {
    private static final int MAX_LENGTH = 100;

    private final Shipments shipments;
    private final Carrier carrier;

    public ShipmentsResource(Shipments shipments, Carrier carrier) {
        this.shipments = shipments;
        this.carrier = carrier;
    }

    @GET
    public List<ShipmentView> byOrder(@QueryParam("order_id") String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw ApiException.badRequest("missing", "order_id is required", "order_id");
        }
        return Shipment.forOrder(orderId).stream().map(ShipmentView::of).toList();
    }

    @POST
    @Path("/{id}/ship")
    @Consumes(MediaType.APPLICATION_JSON)
    public ShipmentView ship(@PathParam("id") String id, ShipRequest request) {
        String carrierName = request == null ? null : request.carrier();
        String trackingNumber = request == null ? null : request.trackingNumber();
        if (carrierName == null && trackingNumber == null) {
            return shipments.ship(id, null);
        }
        String carrierGiven = required(carrierName, "carrier");
        String trackingGiven = required(trackingNumber, "tracking_number");
        return shipments.ship(id, new Tracking(carrierGiven, trackingGiven,
                carrier.trackingUrl(carrierGiven, trackingGiven)));
    }

    /** A bare POST, without a body: the simulated carrier takes the parcel. */
    @POST
    @Path("/{id}/ship")
    public ShipmentView shipWithSimulatedCarrier(@PathParam("id") String id) {
        return shipments.ship(id, null);
    }

    @POST
    @Path("/{id}/deliver")
    public ShipmentView deliver(@PathParam("id") String id) {
        return shipments.deliver(id);
    }

    /** Carrier and tracking number come together: one without the other cannot be followed. */
    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing",
                    field + " is required with carrier and tracking_number (or omit both for the simulated carrier)",
                    "$." + field);
        }
        if (value.length() > MAX_LENGTH) {
            throw ApiException.badRequest("invalid", field + " is at most " + MAX_LENGTH + " characters",
                    "$." + field);
        }
        return value.trim();
    }
}
