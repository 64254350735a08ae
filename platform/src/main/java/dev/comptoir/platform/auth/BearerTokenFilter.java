package dev.comptoir.platform.auth;

import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.text.Sha256;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks {@code Authorization: Bearer <token>} against the callers configured per kind, as
 * {@code <caller id>:<SHA-256 of the token>} entries ({@code comptoir.auth.agent-tokens},
 * {@code comptoir.auth.merchant-tokens}): tokens are never stored in clear. The well-known local tokens are
 * configured in the local, dev and test profiles only.
 */
public class BearerTokenFilter {
    private static final String AGENT_TOKENS = "comptoir.auth.agent-tokens";
    private static final String MERCHANT_TOKENS = "comptoir.auth.merchant-tokens";

    private final CredentialTable agents;
    private final CredentialTable merchants;
    private final AuthenticatedCaller caller;

    public BearerTokenFilter(@ConfigProperty(name = AGENT_TOKENS) Optional<List<String>> agentTokens,
            @ConfigProperty(name = MERCHANT_TOKENS) Optional<List<String>> merchantTokens,
            AuthenticatedCaller caller) {
        this.agents = CredentialTable.parse(AGENT_TOKENS, agentTokens.orElse(List.of()));
        this.merchants = CredentialTable.parse(MERCHANT_TOKENS, merchantTokens.orElse(List.of()));
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request, ResourceInfo resource) {
        Optional<Caller[]> allowed = allowedCallers(resource);
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(unauthorized("Missing Authorization: Bearer <token> header."));
        }
        String hash = Sha256.hex(header.substring(7).trim());
        for (Caller role : allowed.get()) {
            Optional<String> callerId = (role == Caller.AGENT ? agents : merchants).callerWithTokenHash(hash);
            if (callerId.isPresent()) {
                caller.authenticate(role, callerId.get());
                return Optional.empty();
            }
        }
        return Optional.of(unauthorized("The bearer token is not valid for this endpoint."));
    }

    private static Optional<Caller[]> allowedCallers(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        Authenticated onMethod = method.getAnnotation(Authenticated.class);
        Authenticated annotation = onMethod != null ? onMethod
                : resource.getResourceClass().getAnnotation(Authenticated.class);
        return Optional.ofNullable(annotation).map(Authenticated::value);
    }

    private static Response unauthorized(String message) {
        return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(ApiError.invalidRequest("unauthorized", message, null))
                .build();
    }
}
