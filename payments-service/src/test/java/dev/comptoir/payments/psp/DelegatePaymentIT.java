package dev.comptoir.payments.psp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.payments.SandboxTokens;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
@SuppressWarnings("unchecked")
class DelegatePaymentIT {
    private static final String SCHEMA = "schema.delegate_payment.json";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void delegatePaymentIssuesVaultTokenAndKeepsNoCardNumber() throws Exception {
        String request = new ObjectMapper().writeValueAsString(
                SandboxTokens.delegatePaymentBody("4242424242424242", 5000, "cs_vault"));
        AcpSchemas.assertValid(SCHEMA, "DelegatePaymentRequest", request);
        String body = SandboxTokens.agent()
                .body(request)
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(201)
                .body("id", startsWith("vt_"))
                .body("metadata.source", equalTo("test"))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "DelegatePaymentResponse", body);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select * from vault_token")) {
            int columns = rows.getMetaData().getColumnCount();
            boolean any = false;
            while (rows.next()) {
                any = true;
                for (int i = 1; i <= columns; i++) {
                    String value = String.valueOf(rows.getObject(i));
                    assertEquals(false, value.contains("4242424242424242"), "card number stored in clear");
                    assertEquals(false, value.equals("223"), "CVC stored");
                }
            }
            assertEquals(true, any, "the token was stored");
        }
    }

    @Test
    void invalidCardNumberIsRefusedWithAcpError() {
        String body = SandboxTokens.agent()
                .body(SandboxTokens.delegatePaymentBody("4242424242424241", 5000, "cs_bad"))
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(400)
                .body("type", equalTo("invalid_request"))
                .body("code", equalTo("invalid_card"))
                .body("param", equalTo("$.payment_method.number"))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "Error", body);
    }

    @Test
    void missingAllowanceIsRefusedNamingTheField() {
        Map<String, Object> body = new HashMap<>(SandboxTokens.delegatePaymentBody("4242424242424242", 5000, "cs"));
        body.remove("allowance");
        String error = SandboxTokens.agent().body(body)
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(400).body("param", equalTo("$.allowance")).extract().asString();
        AcpSchemas.assertValid(SCHEMA, "Error", error);
    }

    @Test
    void allowanceCurrencyMustBeLowercaseAsTheSpecSays() {
        Map<String, Object> body = new HashMap<>(SandboxTokens.delegatePaymentBody("4242424242424242", 5000, "cs"));
        Map<String, Object> allowance = new HashMap<>((Map<String, Object>) body.get("allowance"));
        allowance.put("currency", "USD");
        body.put("allowance", allowance);
        SandboxTokens.agent().body(body)
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(400).body("param", equalTo("$.allowance.currency"));
    }

    @Test
    void allowanceExpiringBeyondAYearIsRefusedNotStored() {
        Map<String, Object> body = new HashMap<>(SandboxTokens.delegatePaymentBody("4242424242424242", 5000, "cs"));
        Map<String, Object> allowance = new HashMap<>((Map<String, Object>) body.get("allowance"));
        allowance.put("expires_at", Long.MAX_VALUE);
        body.put("allowance", allowance);
        String error = SandboxTokens.agent().body(body).post("/agentic_commerce/delegate_payment")
                .then().statusCode(400).body("param", equalTo("$.allowance.expires_at")).extract().asString();
        AcpSchemas.assertValid(SCHEMA, "Error", error);
    }

    @Test
    void expiredCardIsRefused() {
        Map<String, Object> body = new HashMap<>(SandboxTokens.delegatePaymentBody("4242424242424242", 5000, "cs"));
        Map<String, Object> card = new HashMap<>((Map<String, Object>) body.get("payment_method"));
        card.put("exp_year", "2020");
        body.put("payment_method", card);
        SandboxTokens.agent().body(body)
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(400).body("param", equalTo("$.payment_method.exp_year"));
    }

    @Test
    void malformedJsonIsA400NotA500() {
        SandboxTokens.agent().body("{\"payment_method\": [")
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(400).body("type", equalTo("invalid_request"));
    }

    @Test
    void delegatePaymentRequiresAnAgentToken() {
        given().contentType("application/json")
                .body(SandboxTokens.delegatePaymentBody("4242424242424242", 5000, "cs"))
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(401).body("code", equalTo("unauthorized"));
        given().auth().oauth2("local-merchant-token").contentType("application/json")
                .body(SandboxTokens.delegatePaymentBody("4242424242424242", 5000, "cs"))
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(401);
    }
}
