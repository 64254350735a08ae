package dev.comptoir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/** Names a failure the way the report groups it: HTTP status with the ACP error code, or the network fault. */
public final class ErrorKinds {
    private ErrorKinds() {
    }

    /** {@code http_409 request_in_flight}; just {@code http_502} when the body carries no ACP code. */
    public static String ofResponse(int status, JsonNode body) {
        JsonNode code = body == null ? null : body.get("code");
        return code != null && code.isTextual() ? "http_" + status + " " + code.asText() : "http_" + status;
    }

    public static String ofException(IOException failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "connect_timeout";
        }
        if (failure instanceof HttpTimeoutException) {
            return "request_timeout";
        }
        if (failure instanceof ConnectException) {
            return "connection_refused";
        }
        return "connection_error";
    }
}
