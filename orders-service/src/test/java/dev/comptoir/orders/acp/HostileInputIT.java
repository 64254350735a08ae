package dev.comptoir.orders.acp;

import static dev.comptoir.orders.AgentRequests.createSession;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.comptoir.contracts.FieldLimits;
import dev.comptoir.orders.AgentRequests;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.AtTheLimits;
import dev.comptoir.testing.HostileBodies;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever an agent sends, the answer is never a 5xx, a refusal is an ACP {@code Error}, and a refused
 * request changes nothing. Bodies and headers are generated from a fixed seed; a failure names its case.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class HostileInputIT {
    private static final long SEED = 20261129L;
    private static final int CASES = 240;
    private static final String SCHEMA = "schema.agentic_checkout.json";
    /** Generous for a refusal that reads the body once; the quadratic checks took hours for these inputs. */
    private static final long BUDGET_MILLIS = 5_000;

    @Inject
    EntityManager entityManager;

    @Test
    void hostileBodiesAreRefusedCleanlyAndChangeNothing() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> create = new HashMap<>(createSession("mug-black", 1));
        create.put("line_items", List.of(Map.of("id", "mug-black", "quantity", 1),
                Map.of("id", "mug-engraved", "quantity", 1, "customizations", Map.of("engraving", "For Ada"))));
        create.put("discounts", Map.of("codes", List.of("WELCOME10", "SAVE5")));
        String createBody = json.writeValueAsString(create);
        Map<String, Object> complete = new HashMap<>(AgentRequests.complete("vt_hostile"));
        complete.put("authentication_result", Map.of("outcome", "authenticated", "outcome_details",
                Map.of("three_ds_cryptogram", "AbCdEfGhIjKlMnOpQrStUvWxY0=", "electronic_commerce_indicator", "05")));
        String completeBody = json.writeValueAsString(complete);
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            String sessionId = AgentRequests.agent().body(createBody).post("/checkout_sessions")
                    .then().statusCode(201).extract().path("id");
            String[][] endpoints = {
                {"/checkout_sessions", createBody},
                {"/checkout_sessions/" + sessionId, createBody},
                {"/checkout_sessions/" + sessionId + "/complete", completeBody},
                {"/checkout_sessions/" + sessionId + "/cancel", "{}"}};
            String[] endpoint = endpoints[i % endpoints.length];
            String body = HostileBodies.next(random, endpoint[1]);
            long[] before = counts();
            Response response = AgentRequests.agent().body(body).post(endpoint[0]);
            String what = "case " + i + " (seed " + SEED + ") POST " + endpoint[0] + " with "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
            assertTrue(response.statusCode() < 500, what + " → " + response.statusCode() + " " + response.asString());
            if (response.statusCode() >= 400) {
                AcpSchemas.assertValid(SCHEMA, "Error", response.asString());
                assertEquals(List.of(before[0], before[1]), List.of(counts()[0], counts()[1]),
                        what + " was refused but changed sessions or orders");
            }
        }
    }

    @Test
    void hostileHeadersAreRefusedCleanly() {
        Random random = new Random(SEED);
        String[] garbage = {"", " ", "x".repeat(5000), "2026-04-17\r\nX-Injected: 1", "\u00e9\u00e8", "null",
            "2026-04-17, 2025-09-29", "9999-99-99"};
        for (int i = 0; i < 60; i++) {
            RequestSpecification request = given().contentType(random.nextBoolean() ? "application/json" : "text/plain")
                    .body("{\"line_items\":[{\"id\":\"mug-black\"}]}");
            if (random.nextInt(4) > 0) {
                request = request.header("Authorization", random.nextInt(3) == 0
                        ? "Bearer " + garbage[random.nextInt(garbage.length)] : "Bearer local-agent-token");
            }
            if (random.nextInt(3) > 0) {
                request = request.header("API-Version", random.nextBoolean() ? "2026-04-17"
                        : garbage[random.nextInt(garbage.length)].replace("\r\n", " "));
            }
            if (random.nextInt(3) > 0) {
                request = request.header("Idempotency-Key", random.nextBoolean() ? UUID.randomUUID().toString()
                        : garbage[random.nextInt(garbage.length)].replace("\r\n", " "));
            }
            Response response = request.post("/checkout_sessions");
            assertTrue(response.statusCode() < 500, "header case " + i + " → " + response.statusCode() + " "
                    + response.asString());
            if (response.statusCode() >= 400) {
                AcpSchemas.assertValid(SCHEMA, "Error", response.asString());
            }
        }
    }

    /** Was: 10-16 s of CPU for 40 KB (a quadratic pattern). The validator's own budget is EmailAddressTest's. */
    @Test
    void aMegabyteOfPathologicalEmailIsRefusedAtOnceNamingTheField() {
        Map<String, Object> create = new HashMap<>(createSession("mug-black", 1));
        create.put("buyer", Map.of("email", "a@" + ".".repeat(1_000_000) + " "));
        AgentRequests.agent().body(create).post("/checkout_sessions").then().statusCode(400)
                .time(lessThan(BUDGET_MILLIS)).body("type", equalTo("invalid_request"))
                .body("param", equalTo("$.buyer.email"));
    }

    /** Was: 2.6 s for 40,000 ranges. ShopLocalesTest holds the parsing to its budget. */
    @Test
    void aHugeLocaleIsRefusedAtOnceNamingTheField() {
        Map<String, Object> create = new HashMap<>(createSession("mug-black", 1));
        create.put("locale", "de;q=0.1,".repeat(40_000) + "fr");
        AgentRequests.agent().body(create).post("/checkout_sessions").then().statusCode(400)
                .time(lessThan(BUDGET_MILLIS)).body("param", equalTo("$.locale"));
        AgentRequests.agent().header("Accept-Language", "de;q=0.1,".repeat(1_000) + "fr")
                .body(createSession("mug-black", 1)).post("/checkout_sessions").then().statusCode(201)
                .time(lessThan(BUDGET_MILLIS)).body("locale", equalTo("en-US"));
    }

    @Test
    void everyEmailIsValidatedAlikeSoNoLineBreakReachesAMailHeader() throws Exception {
        String forged = "ada@example.com\r\nBcc: everyone@example.com";
        Map<String, Object> create = new HashMap<>(createSession("mug-black", 1));
        create.put("fulfillment_details", Map.of("name", "Ada", "email", forged, "address", AgentRequests.address()));
        AgentRequests.agent().body(create).post("/checkout_sessions").then().statusCode(400)
                .body("param", equalTo("$.fulfillment_details.email"));
        String sessionId = AgentRequests.agent().body(createSession("mug-black", 1)).post("/checkout_sessions")
                .then().statusCode(201).extract().path("id");
        AgentRequests.agent().body(Map.of("buyer", Map.of("email", forged))).post("/checkout_sessions/" + sessionId)
                .then().statusCode(400).body("param", equalTo("$.buyer.email"));
        AgentRequests.agent().body(Map.of("fulfillment_details", Map.of("email", "ada@example.com\n")))
                .post("/checkout_sessions/" + sessionId).then().statusCode(400)
                .body("param", equalTo("$.fulfillment_details.email"));
    }

    /** Jackson read 1.9 as 1, "3" as 3 and 1e2 as 100. */
    @Test
    void aQuantityThatIsNotAWholeJsonNumberIsRefusedNamingTheField() {
        for (String quantity : List.of("1.9", "\"3\"", "1e2", "100.0", "true")) {
            String body = "{\"line_items\":[{\"id\":\"mug-black\",\"quantity\":" + quantity + "}]}";
            Response response = AgentRequests.agent().body(body).post("/checkout_sessions");
            assertEquals(400, response.statusCode(), quantity + " → " + response.asString());
            AcpSchemas.assertValid(SCHEMA, "Error", response.asString());
            assertEquals("$.line_items[0].quantity", response.path("param"), quantity);
        }
    }

    /** Each field at its limit is accepted; one character more is refused with a 400 that names it. */
    @Test
    void everyFieldIsAcceptedAtItsLimitAndRefusedBeyondItNamingTheField() throws Exception {
        String email = AtTheLimits.email("lim");
        Map<String, Object> atLimits = AtTheLimits.checkoutSession("mug-black", email);
        AgentRequests.agent().body(atLimits).post("/checkout_sessions").then().statusCode(201)
                .body("status", equalTo("ready_for_payment")).body("locale", equalTo("fr-FR"));
        ObjectMapper json = new ObjectMapper();
        String valid = json.writeValueAsString(atLimits);
        Map<String, String> beyond = new LinkedHashMap<>();
        beyond.put("/buyer/first_name", "x".repeat(FieldLimits.PERSON_NAME + 1));
        beyond.put("/buyer/last_name", "x".repeat(FieldLimits.PERSON_NAME + 1));
        beyond.put("/buyer/email", "x" + email);
        beyond.put("/buyer/phone_number", "5".repeat(FieldLimits.PHONE + 1));
        beyond.put("/fulfillment_details/name", "x".repeat(FieldLimits.PERSON_NAME + 1));
        beyond.put("/fulfillment_details/phone_number", "5".repeat(FieldLimits.PHONE + 1));
        beyond.put("/fulfillment_details/email", "x" + email);
        beyond.put("/fulfillment_details/address/name", "x".repeat(FieldLimits.PERSON_NAME + 1));
        beyond.put("/fulfillment_details/address/line_one", "x".repeat(FieldLimits.ADDRESS_LINE + 1));
        beyond.put("/fulfillment_details/address/line_two", "x".repeat(FieldLimits.ADDRESS_LINE + 1));
        beyond.put("/fulfillment_details/address/city", "x".repeat(FieldLimits.CITY + 1));
        beyond.put("/fulfillment_details/address/state", "x".repeat(FieldLimits.REGION + 1));
        beyond.put("/fulfillment_details/address/postal_code", "9".repeat(FieldLimits.POSTAL_CODE + 1));
        beyond.put("/locale", "fr" + " ".repeat(FieldLimits.LANGUAGE_PREFERENCE - 1));
        beyond.put("/line_items/0/id", "x".repeat(FieldLimits.SKU + 1));
        for (Map.Entry<String, String> field : beyond.entrySet()) {
            JsonNode body = json.readTree(valid);
            String pointer = field.getKey();
            ((ObjectNode) body.at(pointer.substring(0, pointer.lastIndexOf('/'))))
                    .put(pointer.substring(pointer.lastIndexOf('/') + 1), field.getValue());
            String param = "$" + pointer.replace("/0/", "[0].").replace('/', '.');
            Response response = AgentRequests.agent().body(json.writeValueAsString(body)).post("/checkout_sessions");
            assertEquals(400, response.statusCode(), param + " → " + response.asString());
            AcpSchemas.assertValid(SCHEMA, "Error", response.asString());
            assertEquals(param, response.path("param"), response.asString());
        }
    }

    /** An unknown customization is named in the refusal, so its name is bounded before it is read back. */
    @Test
    void aCustomizationNameBeyondItsLimitIsRefusedWithoutBeingEchoed() {
        Map<String, Object> create = new HashMap<>(createSession("mug-engraved", 1));
        String name = "n".repeat(FieldLimits.CUSTOMIZATION_NAME + 1);
        create.put("line_items", List.of(Map.of("id", "mug-engraved", "quantity", 1,
                "customizations", Map.of(name, "For Ada"))));
        Response response = AgentRequests.agent().body(create).post("/checkout_sessions");
        assertEquals(400, response.statusCode(), response.asString());
        AcpSchemas.assertValid(SCHEMA, "Error", response.asString());
        assertEquals("$.line_items[0].customizations", response.path("param"));
        assertFalse(response.asString().contains(name), response.asString());
    }

    private long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {
            ((Number) entityManager.createNativeQuery("select count(*) from checkout_session").getSingleResult())
                    .longValue(),
            ((Number) entityManager.createNativeQuery("select count(*) from orders").getSingleResult()).longValue()});
    }
}
