package dev.comptoir.orders.order;

import dev.comptoir.orders.saga.Cancellation;
import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.AuthenticatedCaller;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Post-purchase: the agent that placed the order, or the merchant, follows it here and can cancel it. */
@Path("/orders/{id}")
@Authenticated({Caller.AGENT, Caller.MERCHANT})
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {
    private final AuthenticatedCaller caller;
    private final Cancellation cancellation;
    private final String baseUrl;

    public OrdersResource(AuthenticatedCaller caller, Cancellation cancellation,
            @ConfigProperty(name = "comptoir.shop.base-url") String baseUrl) {
        this.caller = caller;
        this.cancellation = cancellation;
        this.baseUrl = baseUrl;
    }

    @GET
    public OrderView get(@PathParam("id") String id) {
        return OrderView.of(visible(id), baseUrl);
    }

    /** Every saga step with its time and cause. */
    @GET
    @Path("/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") String id) {
        return OrderStep.of(visible(id).id).stream()
                .map(step -> new TimelineEntry(step.occurredAt, step.step, step.detail)).toList();
    }

    /** Cancels the order while nothing has been sent (409 after, pointing to returns); repeating it is harmless. */
    @POST
    @Path("/cancel")
    @Consumes(MediaType.WILDCARD)
    public OrderView cancel(@PathParam("id") String id) {
        Order order = cancellation.cancel(visible(id), caller.role().name().toLowerCase(Locale.ROOT) + " " + caller.id());
        return OrderView.of(order, baseUrl);
    }

    public record TimelineEntry(OffsetDateTime at, String step, String detail) {
    }

    /** The merchant sees every order; an agent only those it placed (others are 404, as if they did not exist). */
    private Order visible(String id) {
        return Order.<Order>findByIdOptional(id)
                .filter(order -> caller.role() == Caller.MERCHANT || order.agentId.equals(caller.id()))
                .orElseThrow(() -> ApiException.notFound("Order " + id));
    }
}
