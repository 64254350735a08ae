package dev.comptoir.orders.order;

import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.AuthenticatedCaller;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Post-purchase: the agent that placed the order, or the merchant, follows it here. */
@Path("/orders/{id}")
@Authenticated({Caller.AGENT, Caller.MERCHANT})
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {
    private final AuthenticatedCaller caller;
    private final String baseUrl;

    public OrdersResource(AuthenticatedCaller caller, @ConfigProperty(name = "comptoir.shop.base-url") String baseUrl) {
        this.caller = caller;
        this.baseUrl = baseUrl;
    }

    /** The merchant sees every order; an agent only those it placed (others are 404, as if they did not exist). */
    @GET
    public OrderView get(@PathParam("id") String id) {
        return Order.<Order>findByIdOptional(id)
                .filter(order -> caller.role() == Caller.MERCHANT || order.agentId.equals(caller.id()))
                .map(order -> OrderView.of(order, baseUrl))
                .orElseThrow(() -> ApiException.notFound("Order " + id));
    }
}
