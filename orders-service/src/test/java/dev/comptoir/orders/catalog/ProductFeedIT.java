package dev.comptoir.orders.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class ProductFeedIT {

    @Test
    void feedListsOneProductPerLineWithItsSkusAsPricedVariants() throws Exception {
        String body = given().get("/feed/products.jsonl").then().statusCode(200).extract().asString();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> products = new ArrayList<>();
        for (String line : body.strip().split("\n")) {
            AcpSchemas.assertValid("schema.feed.json", "Product", line);
            products.add(json.readTree(line));
        }
        assertTrue(products.size() >= 10, "the ten demo products at least: " + body);
        JsonNode tee = products.stream().filter(p -> p.get("id").asText().equals("tee")).findFirst().orElseThrow();
        assertEquals(2, tee.get("variants").size());
        JsonNode variant = tee.get("variants").get(0);
        assertEquals("tee-white-l", variant.get("id").asText());
        assertEquals(2500, variant.get("price").get("amount").asLong());
        assertEquals("USD", variant.get("price").get("currency").asText());
        assertTrue(variant.get("availability").get("available").asBoolean());
    }
}
