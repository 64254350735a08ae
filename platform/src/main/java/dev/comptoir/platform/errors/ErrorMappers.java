package dev.comptoir.platform.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure leaves as an {@link ApiError}: bad input is a 4xx that says what is wrong, never a bare 500. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return response(e.status(), e.error());
    }

    // Quarkus maps the two Jackson subtypes itself with an empty body: these take precedence over that.
    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return response(400, unreadable(e));
    }

    /** The error for a body that is not JSON, or not JSON of the expected shape, naming where it went wrong. */
    public static ApiError unreadable(JsonProcessingException e) {
        String param = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".", "$.", "")).replace(".[", "[")
                : null;
        return ApiError.invalidRequest("invalid_json",
                "The request body is not valid JSON for this endpoint: " + scalarExpected(e, param)
                        .orElse(e.getOriginalMessage()), param);
    }

    /** What a number or boolean field takes, when the body gave it another kind of value (see StrictScalars). */
    private static Optional<String> scalarExpected(JsonProcessingException e, String param) {
        if (!(e instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null || param == null) {
            return Optional.empty();
        }
        Class<?> type = mismatch.getTargetType();
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return Optional.of(param.substring(2) + " must be a whole number within range, written as a JSON number "
                    + "(no decimals, exponent or quotes).");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Optional.of(param.substring(2) + " must be true or false, without quotes.");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return Optional.of(param.substring(2) + " must be a JSON number, without quotes.");
        }
        return Optional.empty();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // The body reader wraps what it cannot read (a number out of range: 2^64 for a long) in a bare 400.
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return response(status, new ApiError("processing_error", "internal_error", "The request failed.", null));
        }
        String code = switch (status) {
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 415 -> "unsupported_media_type";
            default -> "invalid_request";
        };
        return response(status, ApiError.invalidRequest(code, e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        String sqlClass = SqlFailure.cause(e).map(SQLException::getSQLState).filter(state -> state.length() >= 2)
                .map(state -> state.substring(0, 2)).orElse("");
        // The database refused the data itself: a value the validation let through, or a concurrent duplicate.
        if (sqlClass.equals("22")) {
            return response(400, ApiError.invalidRequest("invalid",
                    "A value in the request is too long or malformed.", null));
        }
        if (sqlClass.equals("23")) {
            return response(409, ApiError.invalidRequest("conflict",
                    "The request conflicts with the current state (a concurrent request?): retry it.", null));
        }
        LOG.error("Request failed", e);
        return response(500, new ApiError("processing_error", "internal_error", "The request failed.", null));
    }

    public static Response response(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
