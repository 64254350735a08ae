package dev.comptoir.payments.psp;

import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The sandbox PSP's ACP delegate payment endpoint: what an agent platform calls to get a token for checkout. */
@Path("/agentic_commerce/delegate_payment")
@Authenticated(Caller.AGENT)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DelegatePaymentResource {
    private final SandboxVault vault;

    public DelegatePaymentResource(SandboxVault vault) {
        this.vault = vault;
    }

    @POST
    public Response delegate(DelegatePaymentRequest request) {
        if (request == null) {
            throw new ApiException(400, new ApiError("invalid_request", "invalid_card", "A JSON body is required",
                    null));
        }
        return Response.status(Response.Status.CREATED).entity(vault.tokenize(request)).build();
    }
}
