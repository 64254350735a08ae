package dev.comptoir.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.platform.errors.ApiError;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body larger than {@code quarkus.http.limits.max-body-size} is refused with 413 and an {@link ApiError}
 * ({@code request_too_large}), and the connection closed: at once when its {@code Content-Length} says so, else (a
 * chunked body) as soon as the limit is passed, the body being read here rather than by Quarkus REST, whose own
 * refusal has an empty body. Nothing past the limit is kept in memory.
 */
@ApplicationScoped
public class BodySizeLimit {
    static final String CODE = "request_too_large";

    private final long limit;
    private final String error;
    private final BodyHandler unknownLength;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            ObjectMapper objectMapper) {
        this.limit = limit.asLongValue();
        try {
            this.error = objectMapper.writeValueAsString(ApiError.invalidRequest(CODE,
                    "The request body is larger than " + this.limit + " bytes.", null));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        this.unknownLength = BodyHandler.create(false).setBodyLimit(this.limit);
    }

    /** Before Quarkus's own check of the declared length ({@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT}). */
    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::limit)
                .failureHandler(this::refuseReadTooLarge);
    }

    private void limit(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            unknownLength.handle(context);
        } else if (declaresMoreThanLimit(length.trim())) {
            refuse(context);
        } else {
            context.next();
        }
    }

    private void refuseReadTooLarge(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().ended()) {
            refuse(context);
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context) {
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(error)
                .onComplete(sent -> context.request().connection().close());
    }

    private boolean declaresMoreThanLimit(String length) {
        try {
            return Long.parseLong(length) > limit;
        } catch (NumberFormatException tooLongForALong) {
            return length.chars().allMatch(Character::isDigit);
        }
    }
}
