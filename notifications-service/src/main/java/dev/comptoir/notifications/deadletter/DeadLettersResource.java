package dev.comptoir.notifications.deadletter;

import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The merchant's view of the records consumers dead-lettered, and their replay once the cause is fixed. */
@Path("/dead-letters")
@Authenticated(Caller.MERCHANT)
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {
    private static final int MAX_LIMIT = 500;

    private final DeadLetters deadLetters;

    public DeadLettersResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "The dead-lettered records, newest first: origin, event, error, replay time")
    public List<DeadLetterView> list(@QueryParam("limit") @DefaultValue("100") String limit) {
        int count;
        try {
            count = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            count = 0;
        }
        if (count < 1 || count > MAX_LIMIT) {
            throw ApiException.badRequest("invalid_limit", "limit must be a whole number from 1 to " + MAX_LIMIT,
                    "limit");
        }
        return deadLetters.newestFirst(count).stream().map(DeadLetterView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dead-lettered record")
    public DeadLetterView get(@PathParam("id") String id) {
        return DeadLetterView.of(deadLetters.find(id));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Publish the original record again to its topic, once; 409 already_replayed after that")
    public DeadLetterView replay(@PathParam("id") String id) {
        return DeadLetterView.of(deadLetters.replay(id));
    }
}
