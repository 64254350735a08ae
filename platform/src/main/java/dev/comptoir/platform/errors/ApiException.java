package dev.comptoir.platform.errors;

/** A request that cannot be served; mapped to its HTTP status with an {@link ApiError} body. */
public class ApiException extends RuntimeException {
    private final int status;
    private final ApiError error;

    public ApiException(int status, ApiError error) {
        super(error.message());
        this.status = status;
        this.error = error;
    }

    public static ApiException badRequest(String code, String message, String param) {
        return new ApiException(400, ApiError.invalidRequest(code, message, param));
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, ApiError.invalidRequest("not_found", what + " not found", null));
    }

    public int status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}
