package dev.comptoir.fulfillment.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every line logged while a request is handled names the request and, when it is about one, the order. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class RequestLogContextIT {

    @Test
    void linesCarryTheCallersRequestIdAndTheOrder() {
        given().header("Request-Id", "req_from_agent").get("/orders/{id}/log-context", "ord_42")
                .then().statusCode(200)
                .body("request_id", equalTo("req_from_agent"))
                .body("order_id", equalTo("ord_42"));
    }

    @Test
    void requestWithoutRequestIdGetsAFreshOneEachTime() {
        String first = given().get("/orders/{id}/log-context", "ord_43").then().statusCode(200)
                .body("request_id", matchesPattern("[0-9a-f-]{36}")).extract().path("request_id");
        given().get("/orders/{id}/log-context", "ord_43").then().statusCode(200)
                .body("request_id", not(equalTo(first)));
    }
}
