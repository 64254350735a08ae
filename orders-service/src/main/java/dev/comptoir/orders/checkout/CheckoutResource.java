package dev.comptoir.orders.checkout;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.orders.checkout.AcpModel.CompleteRequest;
import dev.comptoir.orders.checkout.AcpModel.CreateSessionRequest;
import dev.comptoir.orders.checkout.AcpModel.UpdateSessionRequest;
import dev.comptoir.platform.acp.AcpProtocol;
import dev.comptoir.platform.acp.Idempotency;
import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.AuthenticatedCaller;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.JsonBody;
import dev.comptoir.platform.ratelimit.AgentRateLimited;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ACP Agentic Checkout API (create, get, update, complete, cancel). POSTs are idempotent by key.
 * {@code complete} answers in one call where it can: it waits up to {@code comptoir.checkout.complete-wait} for the
 * payment outcome, then answers completed, payable again with the decline, or complete_in_progress for the agent to poll.
 */
@Path("/checkout_sessions")
@Authenticated(Caller.AGENT)
@AgentRateLimited
@AcpProtocol
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class CheckoutResource {
    private final Checkouts checkouts;
    private final AuthenticatedCaller caller;
    private final Idempotency idempotency;
    private final ObjectMapper objectMapper;
    private final SessionViews views;
    private final Duration completeWait;

    public CheckoutResource(Checkouts checkouts, AuthenticatedCaller caller, Idempotency idempotency,
            ObjectMapper objectMapper, SessionViews views,
            @ConfigProperty(name = "comptoir.checkout.complete-wait") Duration completeWait) {
        this.checkouts = checkouts;
        this.caller = caller;
        this.idempotency = idempotency;
        this.objectMapper = objectMapper;
        this.views = views;
        this.completeWait = completeWait;
    }

    @POST
    public Response create(@Context HttpHeaders headers, String body) {
        return idempotency.execute(headers, "POST /checkout_sessions", body, () -> {
            CreateSessionRequest request = JsonBody.read(objectMapper, body, CreateSessionRequest.class);
            return Response.status(Response.Status.CREATED).entity(inOneTransaction(() -> views.render(
                    checkouts.create(caller.id(), request, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    public AcpModel.Session get(@PathParam("id") String id) {
        return views.render(checkouts.get(caller.id(), id));
    }

    @POST
    @Path("/{id}")
    public Response update(@Context HttpHeaders headers, @PathParam("id") String id, String body) {
        return idempotency.execute(headers, "POST /checkout_sessions/" + id, body, () -> {
            UpdateSessionRequest request = JsonBody.read(objectMapper, body, UpdateSessionRequest.class);
            return Response.ok(inOneTransaction(() -> views.render(checkouts.update(caller.id(), id, request))))
                    .build();
        });
    }

    @POST
    @Path("/{id}/complete")
    public Response complete(@Context HttpHeaders headers, @PathParam("id") String id, String body) {
        return idempotency.execute(headers, "POST /checkout_sessions/" + id + "/complete", body, () -> {
            CompleteRequest request = JsonBody.read(objectMapper, body, CompleteRequest.class);
            checkouts.complete(caller.id(), id, request);
            return Response.ok(views.render(checkouts.awaitSettled(caller.id(), id, completeWait)))
                    .build();
        });
    }

    @POST
    @Path("/{id}/cancel")
    public Response cancel(@Context HttpHeaders headers, @PathParam("id") String id, String body) {
        return idempotency.execute(headers, "POST /checkout_sessions/" + id + "/cancel", body,
                () -> Response.ok(views.render(checkouts.cancel(caller.id(), id))).build());
    }

    /** The change and the view of it (which reads the catalog and stock again) share one transaction. */
    private static AcpModel.Session inOneTransaction(Supplier<AcpModel.Session> changeAndRender) {
        return QuarkusTransaction.joiningExisting().call(changeAndRender::get);
    }
}
