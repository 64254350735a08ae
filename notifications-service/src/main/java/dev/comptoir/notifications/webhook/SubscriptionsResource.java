package dev.comptoir.notifications.webhook;

import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merchant's webhook subscriptions and their delivery log. */
@Path("/webhooks/subscriptions")
@Authenticated(Caller.MERCHANT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Merchant webhooks", description = WebhookCatalogDoc.TEXT)
public class SubscriptionsResource {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final Subscriptions subscriptions;

    public SubscriptionsResource(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe an endpoint", description = "Body {url, events, description?, enabled?}; events "
            + "[\"*\"] is every type. Answers 201 with the signing secret (whsec_…), shown this once only.")
    public Response create(SubscriptionRequest request) {
        return Response.status(201).entity(subscriptions.create(request)).build();
    }

    @GET
    public List<SubscriptionView> list() {
        return WebhookSubscription.<WebhookSubscription>list("order by createdAt").stream()
                .map(SubscriptionView::of).toList();
    }

    @GET
    @Path("/{id}")
    public SubscriptionView get(@PathParam("id") String id) {
        return SubscriptionView.of(Subscriptions.find(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change url, events, description or enabled; enabling again clears the disabled reason")
    public SubscriptionView update(@PathParam("id") String id, SubscriptionRequest request) {
        return subscriptions.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(summary = "Rotate the signing secret", description = "Body {overlap_seconds?} (default 86400, at "
            + "most 604800): until then both the new and the previous secret sign every delivery.")
    public RotatedSecret rotateSecret(@PathParam("id") String id, RotateSecretRequest request) {
        return subscriptions.rotateSecret(id, request);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The subscription's deliveries, newest first, each with its attempts")
    public List<DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("limit") Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.badRequest("invalid", "limit is between 1 and " + MAX_LIMIT, "limit");
        }
        Subscriptions.find(id);
        return DeliveryView.of(WebhookDelivery.forTarget(TargetKind.MERCHANT, id, size));
    }
}
