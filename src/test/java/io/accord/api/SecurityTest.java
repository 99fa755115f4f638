package io.accord.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.accord.testing.AccordTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With an API key configured, writes need it; reads stay open; CORS admits only the configured origins. */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
@TestProfile(SecurityTest.WithApiKey.class)
class SecurityTest {

    public static class WithApiKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.api-key", "s3cret-key", "quarkus.http.cors.origins", "https://analysts.example.org");
        }
    }

    static final String ARTICLE = "{\"body\": \"Chile and Peru signed a Velmora fisheries agreement.\"}";

    @Test
    void writesNeedTheKey() {
        given().contentType("application/json")
                .body(ARTICLE)
                .when()
                .post("/articles")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
        given().contentType("application/json")
                .header("X-API-Key", "wrong")
                .body(ARTICLE)
                .when()
                .post("/articles")
                .then()
                .statusCode(403)
                .body("status", equalTo(403));
        given().contentType("application/json")
                .header("X-API-Key", "s3cret-key")
                .body(ARTICLE)
                .when()
                .post("/articles")
                .then()
                .statusCode(202);
        given().contentType("application/json")
                .header("Authorization", "Bearer s3cret-key")
                .body(ARTICLE)
                .when()
                .post("/articles")
                .then()
                .statusCode(202);
    }

    @Test
    void readsStayOpen() {
        given().when().get("/events").then().statusCode(200);
    }

    @Test
    void corsAdmitsOnlyConfiguredOrigins() {
        given().header("Origin", "https://analysts.example.org")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://analysts.example.org");
        given().header("Origin", "https://elsewhere.example.com")
                .when()
                .get("/events")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void errorBodiesCarryNoInternals() {
        given().contentType("application/json")
                .header("X-API-Key", "s3cret-key")
                .body("{\"body\": {\"deep\": 1}}")
                .when()
                .post("/articles")
                .then()
                .statusCode(400)
                .body(not(containsString("Exception")))
                .body(not(containsString("io.accord")))
                .body(not(containsString("\tat ")));
    }
}
