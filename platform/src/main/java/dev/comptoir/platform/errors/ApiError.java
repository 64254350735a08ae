package dev.comptoir.platform.errors;

/**
 * The error body of every Comptoir HTTP surface, in the shape of ACP's error object:
 * {@code type} (invalid_request, request_not_idempotent, processing_error, service_unavailable, …),
 * a machine-readable {@code code}, a human-readable {@code message}, and the JSON path of the offending {@code param}.
 */
public record ApiError(String type, String code, String message, String param) {
    public static ApiError invalidRequest(String code, String message, String param) {
        return new ApiError("invalid_request", code, message, param);
    }
}
