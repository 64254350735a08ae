package dev.comptoir.orders.checkout;

import dev.comptoir.orders.checkout.AcpModel.CompleteRequest;
import dev.comptoir.orders.checkout.AcpModel.CreateSessionRequest;
import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The ACP Agentic Checkout API (a first subset: create, get, complete, cancel). */
@Path("/checkout_sessions")
@Authenticated(Caller.AGENT)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CheckoutResource {
    private static final String AGENT_PLATFORM = "agent";

    private final Checkouts checkouts;
    private final String baseUrl;

    public CheckoutResource(Checkouts checkouts, @ConfigProperty(name = "comptoir.shop.base-url") String baseUrl) {
        this.checkouts = checkouts;
        this.baseUrl = baseUrl;
    }

    @POST
    public Response create(CreateSessionRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(SessionViews.of(checkouts.create(request), baseUrl)).build();
    }

    @GET
    @Path("/{id}")
    public AcpModel.Session get(@PathParam("id") String id) {
        return SessionViews.of(checkouts.get(id), baseUrl);
    }

    @POST
    @Path("/{id}/complete")
    public AcpModel.Session complete(@PathParam("id") String id, CompleteRequest request) {
        return SessionViews.of(checkouts.complete(id, request, AGENT_PLATFORM), baseUrl);
    }

    @POST
    @Path("/{id}/cancel")
    public AcpModel.Session cancel(@PathParam("id") String id) {
        return SessionViews.of(checkouts.cancel(id), baseUrl);
    }
}
