package dev.comptoir.orders.order;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.orders.returns.OrderReturn;
import dev.comptoir.orders.returns.ReturnView;
import dev.comptoir.orders.returns.Returns;
import dev.comptoir.orders.saga.Cancellation;
import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.AuthenticatedCaller;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.errors.JsonBody;
import dev.comptoir.platform.ratelimit.AgentRateLimited;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Post-purchase: the agent that placed the order, or the merchant, follows it here, cancels it, returns it. */
@Path("/orders/{id}")
@Authenticated({Caller.AGENT, Caller.MERCHANT})
@AgentRateLimited
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {
    private final AuthenticatedCaller caller;
    private final Cancellation cancellation;
    private final Returns returns;
    private final ObjectMapper objectMapper;
    private final String baseUrl;

    public OrdersResource(AuthenticatedCaller caller, Cancellation cancellation, Returns returns,
            ObjectMapper objectMapper, @ConfigProperty(name = "comptoir.shop.base-url") String baseUrl) {
        this.caller = caller;
        this.cancellation = cancellation;
        this.returns = returns;
        this.objectMapper = objectMapper;
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

    /** Asks for a return of delivered lines: {@code {"line_items": [{"id", "quantity"}], "reason"}}. */
    @POST
    @Path("/returns")
    @Consumes(MediaType.WILDCARD)
    public Response requestReturn(@PathParam("id") String id, String body) {
        ReturnRequest request = JsonBody.read(objectMapper, body, ReturnRequest.class);
        OrderReturn created = returns.request(visible(id), request == null ? null : request.lineItems(),
                request == null ? null : request.reason());
        return Response.status(Response.Status.CREATED).entity(ReturnView.of(created)).build();
    }

    @GET
    @Path("/returns/{returnId}")
    public ReturnView getReturn(@PathParam("id") String id, @PathParam("returnId") String returnId) {
        Order order = visible(id);
        return OrderReturn.<OrderReturn>findByIdOptional(returnId)
                .filter(orderReturn -> orderReturn.orderId.equals(order.id)).map(ReturnView::of)
                .orElseThrow(() -> ApiException.notFound("Return " + returnId));
    }

    public record ReturnRequest(List<Returns.Item> lineItems, String reason) {
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
