package dev.comptoir.payments.psp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.platform.acp.AcpProtocol;
import dev.comptoir.platform.acp.Idempotency;
import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.errors.JsonBody;
import dev.comptoir.platform.ratelimit.AgentRateLimited;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The sandbox PSP's ACP delegate payment endpoint: what an agent platform calls to get a token for checkout. */
@Path("/agentic_commerce/delegate_payment")
@Authenticated(Caller.AGENT)
@AgentRateLimited(errorType = "rate_limit_exceeded")
@AcpProtocol
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class DelegatePaymentResource {
    private final SandboxVault vault;
    private final Idempotency idempotency;
    private final ObjectMapper objectMapper;

    public DelegatePaymentResource(SandboxVault vault, Idempotency idempotency, ObjectMapper objectMapper) {
        this.vault = vault;
        this.idempotency = idempotency;
        this.objectMapper = objectMapper;
    }

    @POST
    public Response delegate(@Context HttpHeaders headers, String body) {
        return idempotency.execute(headers, "POST /agentic_commerce/delegate_payment", body, () -> {
            if (body == null || body.isBlank()) {
                throw new ApiException(400, new ApiError("invalid_request", "invalid_card",
                        "A JSON body is required", null));
            }
            DelegatePaymentRequest request;
            try {
                request = JsonBody.read(objectMapper, body, DelegatePaymentRequest.class);
            } catch (ApiException unreadable) {
                // The delegate payment schema has one code for a bad request body: invalid_card (see SandboxVault).
                ApiError error = unreadable.error();
                throw new ApiException(400, new ApiError(error.type(), "invalid_card", error.message(), error.param()));
            }
            return Response.status(Response.Status.CREATED).entity(vault.tokenize(request)).build();
        });
    }
}
