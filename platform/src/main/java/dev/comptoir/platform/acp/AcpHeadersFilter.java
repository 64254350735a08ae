package dev.comptoir.platform.acp;

import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ErrorMappers;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** The ACP headers every request and response carries: {@code API-Version} and {@code Request-Id}. */
public class AcpHeadersFilter {
    public static final String API_VERSION = "API-Version";
    public static final String REQUEST_ID = "Request-Id";

    private final List<String> supportedVersions;

    public AcpHeadersFilter(@ConfigProperty(name = "comptoir.acp.supported-versions") List<String> supportedVersions) {
        this.supportedVersions = supportedVersions;
    }

    /** After authentication: an unauthenticated caller learns nothing about versions. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> requireSupportedVersion(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceClass() == null || !resource.getResourceClass().isAnnotationPresent(AcpProtocol.class)) {
            return Optional.empty();
        }
        String version = request.getHeaderString(API_VERSION);
        if (version == null || version.isBlank()) {
            return Optional.of(versionError("missing_api_version", "The API-Version header is required."));
        }
        if (!supportedVersions.contains(version.trim())) {
            return Optional.of(versionError("unsupported_api_version",
                    "API-Version " + version.trim() + " is not supported."));
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void echoRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        String requestId = request.getHeaderString(REQUEST_ID);
        if (requestId != null && !requestId.isBlank()) {
            response.getHeaders().putSingle(REQUEST_ID, requestId);
        }
    }

    private Response versionError(String code, String message) {
        return ErrorMappers.response(400, new ApiError("invalid_request", code,
                message + " Supported: " + String.join(", ", supportedVersions), null, supportedVersions));
    }
}
