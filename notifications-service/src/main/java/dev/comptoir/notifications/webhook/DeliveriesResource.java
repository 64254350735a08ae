package dev.comptoir.notifications.webhook;

import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Resending a delivery by hand. */
@Path("/webhooks/deliveries")
@Authenticated(Caller.MERCHANT)
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {
    private final Deliveries deliveries;

    public DeliveriesResource(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Send the delivery again now, also one that failed for good; 202")
    public Response retry(@PathParam("id") String id) {
        WebhookDelivery delivery = deliveries.retryNow(id);
        return Response.accepted(DeliveryView.of(List.of(delivery)).get(0)).build();
    }
}
