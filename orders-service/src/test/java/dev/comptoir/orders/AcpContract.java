package dev.comptoir.orders;

import dev.comptoir.testing.AcpSchemas;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;

/**
 * Validates every answer of the ACP surface any test receives against the 2026-04-17 schemas: checkout sessions,
 * orders and errors. Any drift fails the test that provoked it. Installed for every {@code @QuarkusTest} of this
 * module (META-INF/services).
 */
public final class AcpContract implements Filter, QuarkusTestBeforeEachCallback {
    private static final String SCHEMA = "schema.agentic_checkout.json";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(AcpContract.class::isInstance)) {
            RestAssured.filters(new AcpContract());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        String path = URI.create(request.getURI()).getPath();
        boolean error = answer.statusCode() >= 400;
        if (path.startsWith("/checkout_sessions")) {
            AcpSchemas.assertValid(SCHEMA, error ? "Error" : "CheckoutSession", answer.asString());
        } else if (path.matches("/orders/[^/]+(/cancel)?")) {
            AcpSchemas.assertValid(SCHEMA, error ? "Error" : "Order", answer.asString());
        }
        return answer;
    }
}
