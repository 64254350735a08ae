package dev.comptoir.fulfillment.hostile;

import static dev.comptoir.fulfillment.TestOrders.merchant;

import dev.comptoir.fulfillment.TestOrders;
import dev.comptoir.testing.HostileEndpoint;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the warehouse's API receives (pathological strings in every field and in every id, numbers at
 * every edge, bodies up to the size limit), it answers no 5xx, refuses in the error shape, changes nothing when it
 * refuses, and serves each request within {@link HostileEndpoint#BUDGET} of server time.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class HostileMerchantInputIT {
    private static final long SEED = 20261206L;

    @Inject
    MeterRegistry registry;

    @Inject
    DataSource dataSource;

    @Test
    void hostileWarehouseRequestsAreRefusedCleanlyQuicklyAndChangeNothing() {
        String sku = TestOrders.newSku();
        TestOrders.setStock(sku, 5);
        HostileEndpoint suite = new HostileEndpoint(registry, HostileEndpoint.tables(dataSource, "stock_item",
                "reservation", "shipment", "merchandise_return", "merchandise_return_receipt"),
                HostileEndpoint::assertApiError);

        suite.bodies("PUT /stock/{sku}", HostileEndpoint.casesUpToTheLimit("{\"on_hand\":7}", SEED, 8),
                body -> json().body(body).put("/stock/" + sku));
        suite.bodies("POST /shipments/{id}/ship", HostileEndpoint.cases(
                "{\"carrier\":\"UPS\",\"tracking_number\":\"1Z999AA10123456784\"}", SEED, 8),
                body -> json().body(body).post("/shipments/shp_hostile/ship"));
        suite.bodies("POST /returns/{id}/receive", HostileEndpoint.cases(
                "{\"line_items\":[{\"id\":\"line_1\",\"quantity\":1,\"condition\":\"resellable\"}]}", SEED, 8),
                body -> json().body(body).post("/returns/ret_hostile/receive"));

        suite.parameters("PUT /stock/{sku}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                sku1 -> raw().contentType("application/json").body("{\"on_hand\":1}").put("/stock/" + sku1));
        suite.parameters("GET /stock/{sku}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                sku1 -> raw().get("/stock/" + sku1));
        suite.parameters("POST /shipments/{id}/ship", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                id -> raw().post("/shipments/" + id + "/ship"));
        suite.parameters("POST /shipments/{id}/deliver", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                id -> raw().post("/shipments/" + id + "/deliver"));
        suite.parameters("POST /returns/{id}/receive", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                id -> raw().contentType("application/json").body("{\"line_items\":[]}").post("/returns/" + id
                        + "/receive"));
        suite.parameters("GET /shipments?order_id", HostileEndpoint.PATHOLOGICAL_PARAMETERS, false,
                id -> raw().get("/shipments?order_id=" + id));
        suite.parameters("GET /returns?order_id", HostileEndpoint.PATHOLOGICAL_PARAMETERS, false,
                id -> raw().get("/returns?order_id=" + id));

        suite.assertAllClean();
    }

    private static RequestSpecification json() {
        return merchant().contentType("application/json");
    }

    private static RequestSpecification raw() {
        return merchant().urlEncodingEnabled(false);
    }
}
