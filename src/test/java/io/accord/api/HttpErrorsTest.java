package io.accord.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.accord.testing.AccordTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Bad requests get a 4xx with a JSON problem body that names the field, and never a class name. */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class HttpErrorsTest {

    @Test
    void articleWithoutBodyIs400NamingTheField() {
        given().contentType("application/json")
                .body("{\"title\": \"no body\"}")
                .when()
                .post("/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("field", equalTo("body"));
    }

    @Test
    void fieldOfTheWrongTypeIs400() {
        given().contentType("application/json")
                .body("{\"body\": \"text\", \"published\": 2019}")
                .when()
                .post("/articles")
                .then()
                .statusCode(400)
                .body("field", equalTo("published"));
    }

    @Test
    void badItemOfAnArrayIsNamed() {
        given().contentType("application/json")
                .body("[{\"body\": \"fine text here\"}, {\"body\": 1}]")
                .when()
                .post("/articles")
                .then()
                .statusCode(400)
                .body("field", equalTo("[1].body"));
    }

    @Test
    void invalidJsonIs400WithoutInternals() {
        given().contentType("application/json")
                .body("{\"body\": ")
                .when()
                .post("/articles")
                .then()
                .statusCode(400)
                .body("title", equalTo("Invalid article"))
                .body(not(containsString("Exception")))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void bodyOverTheLimitIs413() {
        given().contentType("text/plain")
                .body("a".repeat(1024 * 1024 + 1))
                .when()
                .post("/articles")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void anOverlongRequestLineIs414WithAProblemBody() {
        given().queryParam("q", "a".repeat(100_000))
                .when()
                .get("/events")
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414))
                .body("title", equalTo("Request line too long"));
    }

    @Test
    void overlargeHeadersAre431WithAProblemBody() {
        given().header("X-Padding", "b".repeat(30_000))
                .when()
                .get("/events")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("status", equalTo(431));
    }

    @Test
    void aRequestThatIsNotHttpIs400WithAProblemBody() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream()
                    .write("NOT HTTP AT ALL\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(
                    answer.startsWith("HTTP/1.") && answer.contains(" 400 "), answer);
            org.junit.jupiter.api.Assertions.assertTrue(
                    answer.contains("application/problem+json") && answer.contains("\"status\":400"), answer);
        }
    }

    @Test
    void otherMediaTypesAre415() {
        given().contentType("application/xml")
                .body("<article/>")
                .when()
                .post("/articles")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void unknownEventIs404() {
        given().when()
                .get("/events/evt_does_not_exist")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void queryParametersAreValidated() {
        given().queryParam("limit", 201)
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("field", equalTo("limit"));
        given().queryParam("from", "yesterday")
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("field", equalTo("from"));
        given().queryParam("status", "maybe")
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("field", equalTo("status"));
        given().queryParam("cursor", "not-a-cursor")
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("field", equalTo("cursor"));
        given().queryParam("q", "'; drop table events; --")
                .when()
                .get("/events")
                .then()
                .statusCode(200);
    }
}
