package io.accord.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.testing.AccordTestResource;
import io.accord.testing.KafkaClients;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What operators look at: the OpenAPI document, Swagger UI, the health probes and the Prometheus metrics. */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class ObservabilityTest {

    @Test
    void openApiDescribesEveryOperationAndSchemaWithExamples() {
        JsonPath api = JsonPath.from(given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        assertEquals(
                List.of(
                        "/agreements",
                        "/agreements/stream",
                        "/agreements/{id}",
                        "/articles",
                        "/articles/{id}",
                        "/events",
                        "/events/stream",
                        "/events/{id}"),
                paths.keySet().stream().sorted().toList());
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            if (op.get("description") == null || op.get("summary") == null) {
                missing.add(method + " " + path + ": summary/description");
            }
            if (!op.get("responses").toString().contains("example")) {
                missing.add(method + " " + path + ": response examples");
            }
        }));
        assertEquals(List.of(), missing);
        assertTrue(api.getString(
                        "paths.'/articles'.post.responses.'202'.content.'application/json'.examples.accepted.value")
                .contains("art_5f174c16bfd4134d05e1"));
        assertEquals(
                "evt_d863cdb04a910dc801d2",
                api.getString(
                        "paths.'/events/{id}'.get.responses.'200'.content.'application/json'.examples.seed.value.id"));

        Map<String, Map<String, Object>> schemas = api.getMap("components.schemas");
        for (String name : List.of(
                "AgreementEvent",
                "Agreement",
                "Stage",
                "Party",
                "Plover",
                "Location",
                "Speaker",
                "ArticleRef",
                "Evidence",
                "StoredArticle",
                "Dateline",
                "Problem")) {
            Map<String, Object> schema = schemas.get(name);
            assertTrue(schema != null && schema.get("description") != null, name + " is described");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
            properties.forEach(
                    (property, s) -> assertTrue(s.get("description") != null, name + "." + property + " is described"));
        }
    }

    @Test
    void swaggerUiIsServedByThePackagedApplication() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void healthProbesCheckKafkaAndPostgres() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    @Test
    void metricsCountArticlesEventsAndRejectionsAndShowConsumerLag() {
        Map<String, Double> before = metrics();
        String url = "https://example.org/metrics/" + UUID.randomUUID();
        KafkaClients.publish(
                "articles",
                "{\"url\": \"" + url
                        + "\", \"body\": \"Norway and Iceland signed a fisheries agreement in Oslo on Friday.\", \"published\": \"2022-09-02\"}");
        KafkaClients.publish("articles", "{\"title\": \"no body\"}");
        given().contentType("application/json")
                .body("{\"body\": \"Kenya and Ethiopia agreed to build a new road.\", \"url\": \"" + url + "/2\"}")
                .when()
                .post("/articles")
                .then()
                .statusCode(202);
        given().contentType("application/json")
                .body("{\"body\": 7}")
                .when()
                .post("/articles")
                .then()
                .statusCode(400);
        given().when().get("/events/evt_00000000000000000000").then().statusCode(404);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().queryParam("party", "Iceland")
                        .queryParam("limit", 200)
                        .when()
                        .get("/events")
                        .then()
                        .statusCode(200)
                        .body("items.article.url", hasItem(url)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Double> after = metrics();
            // other tests share the broker: at least what this test sent is counted
            assertAtLeast(before, after, "accord_articles_received_total{via=\"kafka\"}", 2);
            assertAtLeast(before, after, "accord_articles_received_total{via=\"http\"}", 2);
            assertAtLeast(before, after, "accord_articles_rejected_total{reason=\"invalid\"}", 2);
            assertAtLeast(before, after, "accord_articles_extracted_total", 2);
            assertAtLeast(before, after, "accord_events_extracted_total", 1);
            assertAtLeast(before, after, "accord_events_stored_total{outcome=\"new\"}", 1);
            assertAtLeast(before, after, "accord_extraction_seconds_count", 2);
        });

        String text = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                text.contains("accord_articles_rejected_total{reason=\"too_large\"}"),
                "every reason is listed from the start");
        assertTrue(text.contains("accord_extraction_seconds{quantile=\"0.99\"}"));
        assertTrue(
                text.contains(
                        "kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-normalized-in\""),
                "the extract consumer's lag");
        assertTrue(
                text.contains(
                        "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/events\"}"));
        assertFalse(text.contains("uri=\"/events/evt_"), "HTTP metrics use the route template, not one series per id");
    }

    private static void assertAtLeast(
            Map<String, Double> before, Map<String, Double> after, String series, double delta) {
        double grew = after.getOrDefault(series, 0.0) - before.getOrDefault(series, 0.0);
        assertTrue(grew >= delta, series + " grew by " + grew + ", expected at least " + delta);
    }

    private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-z_]+(?:\\{[^}]*\\})?) ([0-9.eE+-]+)$");

    private static Map<String, Double> metrics() {
        String text = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Map<String, Double> samples = new java.util.HashMap<>();
        Matcher m = SAMPLE.matcher(text);
        while (m.find()) {
            samples.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return samples;
    }
}
