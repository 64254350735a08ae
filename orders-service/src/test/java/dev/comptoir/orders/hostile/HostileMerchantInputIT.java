package dev.comptoir.orders.hostile;

import static io.restassured.RestAssured.given;

import dev.comptoir.testing.HostileEndpoint;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the merchant's catalog and order APIs (and the post-purchase endpoints agents share) receive —
 * pathological strings in every field and id, numbers at every edge, bodies up to the size limit, absurd limits — no
 * 5xx, a refusal in the error shape that changes nothing, and each request within {@link HostileEndpoint#BUDGET} of
 * server time. The ACP checkout endpoints have their own suite, {@code HostileInputIT}.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class HostileMerchantInputIT {
    private static final long SEED = 20261206L;
    private static final String PRODUCT = "{\"product_id\":\"hostile\",\"product_title\":\"Hostile mug\",\"title\":"
            + "\"Hostile mug, black\",\"description\":\"A mug\",\"prices\":{\"usd\":1200},\"weight_grams\":350,"
            + "\"digital\":false,\"image_url\":\"https://example.com/mug.png\",\"max_quantity_per_order\":5,"
            + "\"variant_options\":[{\"name\":\"Color\",\"value\":\"Black\"}],\"customization_fields\":[{\"id\":"
            + "\"engraving\",\"label\":\"Engraving\",\"max_length\":20,\"required\":false}],\"active\":true}";
    private static final String PERCENT_COUPON = "{\"name\":\"Hostile ten\",\"percent_off\":1000,\"active\":true}";
    private static final String AMOUNT_COUPON = "{\"name\":\"Hostile five\",\"amount_off\":500,\"currency\":\"usd\","
            + "\"minimum_amount\":1000,\"starts_at\":\"2026-01-01T00:00:00Z\",\"ends_at\":\"2099-01-01T00:00:00Z\"}";

    @Inject
    MeterRegistry registry;

    @Inject
    DataSource dataSource;

    @Test
    void hostileCatalogAndCouponRequestsAreRefusedCleanlyQuicklyAndChangeNothing() {
        HostileEndpoint suite = new HostileEndpoint(registry, state(), HostileEndpoint::assertApiError);

        suite.bodies("PUT /admin/products/{sku}", HostileEndpoint.casesUpToTheLimit(PRODUCT, SEED, 8),
                body -> json().body(body).put("/admin/products/hostile-mug"));
        suite.bodies("PUT /admin/coupons/{code} (percent)", HostileEndpoint.cases(PERCENT_COUPON, SEED, 8),
                body -> json().body(body).put("/admin/coupons/HOSTILE10"));
        suite.bodies("PUT /admin/coupons/{code} (amount)", HostileEndpoint.cases(AMOUNT_COUPON, SEED, 8),
                body -> json().body(body).put("/admin/coupons/HOSTILE5"));

        suite.parameters("PUT /admin/products/{sku}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                sku -> raw().contentType("application/json").body(PRODUCT).put("/admin/products/" + sku));
        suite.parameters("GET /admin/products/{sku}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                sku -> raw().get("/admin/products/" + sku));
        suite.parameters("DELETE /admin/products/{sku}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                sku -> raw().delete("/admin/products/" + sku));
        suite.parameters("PUT /admin/coupons/{code}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                code -> raw().contentType("application/json").body(PERCENT_COUPON).put("/admin/coupons/" + code));
        suite.parameters("GET /admin/coupons/{code}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                code -> raw().get("/admin/coupons/" + code));
        suite.parameters("DELETE /admin/coupons/{code}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                code -> raw().delete("/admin/coupons/" + code));

        suite.assertAllClean();
    }

    @Test
    void hostileOrderRequestsAreRefusedCleanlyQuicklyAndChangeNothing() {
        HostileEndpoint suite = new HostileEndpoint(registry, state(), HostileEndpoint::assertApiError);
        // The ACP shape of /orders/{id} and /orders/{id}/cancel answers is checked by AcpContract on every request.

        suite.bodies("POST /orders/{id}/returns", HostileEndpoint.casesUpToTheLimit(
                "{\"line_items\":[{\"id\":\"line_1\",\"quantity\":1}],\"reason\":\"too small\"}", SEED, 8),
                body -> json().body(body).post("/orders/ord_hostile/returns"));

        suite.parameters("GET /admin/orders?limit", HostileEndpoint.HOSTILE_NUMBERS, true,
                limit -> raw().get("/admin/orders?limit=" + limit));
        // A blank status is as good as absent: every order.
        suite.parameters("GET /admin/orders?status", HostileEndpoint.except(HostileEndpoint.PATHOLOGICAL_PARAMETERS,
                "blank"), true,
                status -> raw().get("/admin/orders?status=" + status));
        // Left out on the ACP paths until the HTTP layer answers 414 with an ACP Error (issue 14, the body-limit work
        // answers 413 so; a 414 has an empty body today, which AcpContract refuses).
        Map<String, String> acpIds = HostileEndpoint.except(HostileEndpoint.PATHOLOGICAL_PARAMETERS, "100k characters");
        suite.parameters("GET /orders/{id}", acpIds, true,
                id -> raw().get("/orders/" + id));
        suite.parameters("GET /orders/{id}/timeline", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                id -> raw().get("/orders/" + id + "/timeline"));
        suite.parameters("POST /orders/{id}/cancel", acpIds, true,
                id -> raw().post("/orders/" + id + "/cancel"));
        suite.parameters("POST /orders/{id}/returns", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                id -> raw().contentType("application/json").body("{\"line_items\":[{\"id\":\"l\",\"quantity\":1}]}")
                        .post("/orders/" + id + "/returns"));
        suite.parameters("GET /orders/{id}/returns/{returnId}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                id -> raw().get("/orders/ord_hostile/returns/" + id));
        suite.parameters("GET /downloads/{token}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                token -> raw().get("/downloads/" + token));

        suite.assertAllClean();
    }

    private Supplier<Map<String, String>> state() {
        return HostileEndpoint.tables(dataSource, "catalog_item", "catalog_item_price", "coupon", "orders",
                "order_return", "order_step", "checkout_session");
    }

    private static RequestSpecification json() {
        return given().auth().oauth2("local-merchant-token").contentType("application/json");
    }

    private static RequestSpecification raw() {
        return given().auth().oauth2("local-merchant-token").urlEncodingEnabled(false);
    }
}
