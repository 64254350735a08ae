package dev.comptoir.fulfillment.returns;

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

/** The warehouse's returns: which are expected (and under which RMA), and booking in what came back. */
@Path("/returns")
@Authenticated(Caller.MERCHANT)
@Produces(MediaType.APPLICATION_JSON)
public class ReturnsResource {
    private final Returns returns;

    public ReturnsResource(Returns returns) {
        this.returns = returns;
    }

    @GET
    public List<ReturnView> byOrder(@QueryParam("order_id") String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw ApiException.badRequest("missing", "order_id is required", "order_id");
        }
        return Return.forOrder(orderId).stream().map(ReturnView::of).toList();
    }

    @POST
    @Path("/{id}/receive")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReturnView receive(@PathParam("id") String id, ReceiveRequest request) {
        return returns.receive(id, Receipt.parse(request));
    }
}
