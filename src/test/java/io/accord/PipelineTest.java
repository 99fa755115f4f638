package io.accord;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.testing.AccordTestResource;
import io.accord.testing.KafkaClients;
import io.accord.testing.Seeds;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole flow over the real broker and the real database: articles → ingest → extract → events → store → HTTP. */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class PipelineTest {

    static KafkaCompanion kafka;

    @BeforeAll
    static void clients() {
        kafka = KafkaClients.companion();
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void seedPublishedToKafkaBecomesExactlyOneStoredEvent() {
        try (ConsumerTask<String, String> events = kafka.consumeStrings().fromTopics("events")) {
            // other tests publish the seed too: only the events written after this moment are this test's
            since = System.currentTimeMillis();
            KafkaClients.publish("articles", Seeds.seed());

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> seedEvents(events).size() == 1);
            ConsumerRecord<String, String> onTopic = seedEvents(events).get(0);
            JsonPath published = JsonPath.from(onTopic.value());
            String id = published.getString("id");
            assertEquals(id, onTopic.key(), "events are keyed by event id");
            assertEquals("intent", published.getString("status"));
            // a CloudEvent in binary mode: attributes in ce_* headers, the value the plain JSON event
            assertEquals(id, header(onTopic, "ce_id"));
            assertEquals("1.0", header(onTopic, "ce_specversion"));
            assertEquals("io.accord.agreement.v1", header(onTopic, "ce_type"));
            assertEquals("urn:accord:extract", header(onTopic, "ce_source"));
            assertEquals(published.getString("article.id"), header(onTopic, "ce_subject"));
            assertEquals("application/json", header(onTopic, "content-type"));
            OffsetDateTime time = OffsetDateTime.parse(header(onTopic, "ce_time"));
            assertTrue(
                    Duration.between(time.toInstant(), Instant.now()).abs().toMinutes() < 5,
                    "ce_time is the time of extraction");

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().queryParam("party", "Rosoboronexport")
                            .when()
                            .get("/events")
                            .then()
                            .statusCode(200)
                            .body("items", hasSize(1))
                            .body("items[0].id", equalTo(id))
                            .body("items[0].status", equalTo("intent"))
                            .body("items[0].parties.country", equalTo(List.of("AZE", "RUS")))
                            .body("items[0].parties[0].name", equalTo("Ministry of Defense Industry"))
                            .body("items[0].parties[1].name", equalTo("Rosoboronexport"))
                            .body("items[0].date", equalTo("2019-06-25"))
                            .body("items[0].dateText", equalTo("on Tuesday"))
                            .body("items[0].location.country", equalTo("RUS"))
                            .body("items[0].speaker.name", equalTo("Yahya Musaev"))
                            .body("items[0].evidence[0].text", containsString("agreeing to sign")));

            int evidence = published.getList("evidence").size();
            given().when()
                    .get("/events/" + id)
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(id))
                    .body("evidence", hasSize(evidence))
                    .body(
                            "article.title",
                            equalTo(
                                    "Azeri Defense Industry Ministry Says To Sign Cooperation Deal With Rosoboronexport"))
                    .body("article.source", equalTo("UrduPoint"));

            // the same article again: the event passes through a second time, the store keeps one, its evidence not
            // doubled
            KafkaClients.publish("articles", Seeds.seed());
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> seedEvents(events).size() == 2);
            assertEquals(id, seedEvents(events).get(1).key());
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().queryParam("party", "Rosoboronexport")
                            .when()
                            .get("/events")
                            .then()
                            .statusCode(200)
                            .body("items", hasSize(1))
                            .body("items[0].evidence", hasSize(evidence)));
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        assertNotNull(h, "header " + name);
        return new String(h.value(), StandardCharsets.UTF_8);
    }

    private static long since;

    private static List<ConsumerRecord<String, String>> seedEvents(ConsumerTask<String, String> events) {
        return events.stream()
                .filter(r -> r.timestamp() >= since && r.value().contains("Rosoboronexport"))
                .toList();
    }

    @Test
    void postedArticleIsAcceptedOnlyOnceOnTheNormalizedTopic() {
        try (ConsumerTask<String, String> normalized = kafka.consumeStrings().fromTopics("articles.normalized")) {
            String body =
                    "{\"url\": \"https://example.org/news/posted-1\", \"title\": \"Posted\", \"body\": \"Chile and Peru signed a fishing agreement in Lima on Monday.\", \"published\": \"2024-03-05\"}";
            String articleId = given().contentType("application/json")
                    .body(body)
                    .when()
                    .post("/articles")
                    .then()
                    .statusCode(202)
                    .body("ids", hasSize(1))
                    .extract()
                    .path("ids[0]");

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> normalized.stream().anyMatch(r -> articleId.equals(r.key())));
            ConsumerRecord<String, String> record = normalized.stream()
                    .filter(r -> articleId.equals(r.key()))
                    .findFirst()
                    .orElseThrow();
            JsonPath article = JsonPath.from(record.value());
            assertEquals("https://example.org/news/posted-1", article.getString("url"));
            assertEquals("2024-03-05", article.getString("published"));
            assertEquals(1, article.getInt("schema"));
        }
    }
}
