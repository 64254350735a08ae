package dev.comptoir.platform.errors;

import java.util.List;

/**
 * The error body of every Comptoir HTTP surface, in the shape of ACP's error object:
 * {@code type} (invalid_request, processing_error, service_unavailable), a machine-readable {@code code}, a
 * human-readable {@code message}, the RFC 9535 JSONPath of the offending {@code param}, and for version errors the
 * {@code supported_versions}.
 */
public record ApiError(String type, String code, String message, String param, List<String> supportedVersions) {

    public ApiError(String type, String code, String message, String param) {
        this(type, code, message, param, null);
    }

    public static ApiError invalidRequest(String code, String message, String param) {
        return new ApiError("invalid_request", code, message, param);
    }
}
