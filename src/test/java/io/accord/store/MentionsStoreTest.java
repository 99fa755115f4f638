package io.accord.store;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.testing.AccordTestResource;
import io.accord.testing.KafkaClients;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Mentions over the real broker and database: two background sentences on {@code mentions} make an agreement known
 * only from mentions; an event on {@code events} then reports it. Mentions are never events, and each topic refuses
 * the other's records with the reason.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class MentionsStoreTest {

    private static final String ACTOR = "org:mentioned-alpha";

    @Test
    void anAgreementKnownFromMentionsIsMarkedAndAnEventThenReportsIt() {
        KafkaClients.publish("mentions", record("men_bg-1", "mention", "agreed", "art-bg-1", "BBC", "2024-05-02"));
        KafkaClients.publish("mentions", record("men_bg-2", "mention", "agreed", "art-bg-2", "Reuters", "2024-05-04"));
        JsonPath known = awaitAgreement(2, false);
        assertEquals(0, known.getInt("items[0].events"));
        assertEquals(2, known.getInt("items[0].mentions"));
        assertEquals(2, known.getInt("items[0].stories"));
        assertEquals("agreed", known.getString("items[0].status"));
        String id = known.getString("items[0].id");
        assertEquals(List.of(), ids(Map.of("actor", ACTOR, "reported", "true")));
        assertEquals(List.of(id), ids(Map.of("actor", ACTOR, "reported", "false")));
        // never an event
        given().queryParam("actor", ACTOR).when().get("/events").then().statusCode(200);
        assertEquals(
                List.of(),
                given().queryParam("actor", ACTOR)
                        .when()
                        .get("/events")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items"));
        given().when().get("/events/men_bg-1").then().statusCode(404);

        KafkaClients.publish("events", record("evt_news-1", "agreement", "signed", "art-news-1", "AP", "2024-05-06"));
        JsonPath reported = awaitAgreement(3, true);
        assertEquals(id, reported.getString("items[0].id"));
        assertEquals(1, reported.getInt("items[0].events"));
        assertEquals(2, reported.getInt("items[0].mentions"));
        assertEquals(3, reported.getInt("items[0].stories"));
        assertEquals("signed", reported.getString("items[0].status"));
        assertEquals(List.of(id), ids(Map.of("actor", ACTOR, "reported", "true")));
        assertEquals(List.of(), ids(Map.of("actor", ACTOR, "reported", "false")));

        JsonPath one = given().when()
                .get("/agreements/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("evt_news-1"), one.getList("reports.id"));
        assertEquals(2, one.getInt("mentions"));
        assertEquals(List.of("men_bg-1", "men_bg-2"), one.getList("mentionedIn.id"));
        assertEquals(List.of("mention", "mention"), one.getList("mentionedIn.type"));
        // the mentions recalled the agreement before the news of its signature
        assertEquals(List.of("agreed", "signed"), one.getList("timeline.status"));
        assertEquals(List.of(List.of("men_bg-1", "men_bg-2"), List.of()), one.getList("timeline.mentions"));
        assertEquals(List.of(List.of(), List.of("evt_news-1")), one.getList("timeline.events"));

        given().queryParam("reported", "maybe")
                .when()
                .get("/agreements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void eachTopicDeadLettersTheOthersRecordsWithTheReason() {
        KafkaCompanion kafka = KafkaClients.companion();
        Map<TopicPartition, Long> before = KafkaClients.endOffsets(kafka, "events.dlq");
        try (ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics("events.dlq")) {
            String eventAsMention = record("evt_wrong-1", "agreement", "signed", "art-wrong-1", "AP", "2024-06-01");
            String mentionAsEvent = record("men_wrong-2", "mention", "agreed", "art-wrong-2", "AP", "2024-06-01");
            KafkaClients.publish("mentions", eventAsMention);
            KafkaClients.publish("events", mentionAsEvent);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> KafkaClients.since(dlq.getRecords(), before).size() >= 2);
            Map<String, String> reasons = new HashMap<>();
            for (ConsumerRecord<String, String> r : KafkaClients.since(dlq.getRecords(), before)) {
                reasons.put(r.value(), header(r, "dead-letter-reason"));
            }
            assertEquals(Set.of(eventAsMention, mentionAsEvent), reasons.keySet());
            assertEquals("not a mention (type 'agreement')", reasons.get(eventAsMention));
            assertEquals("a mention is not an event", reasons.get(mentionAsEvent));
            given().when().get("/events/evt_wrong-1").then().statusCode(404);
        } finally {
            kafka.close();
        }
    }

    private static JsonPath awaitAgreement(int told, boolean reported) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            last[0] = given().queryParam("actor", ACTOR)
                    .when()
                    .get("/agreements")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(1, last[0].getList("items").size(), last[0].prettify());
            assertEquals(
                    told, last[0].getInt("items[0].events") + last[0].getInt("items[0].mentions"), last[0].prettify());
        });
        assertEquals(reported, last[0].getBoolean("items[0].reported"));
        assertFalse(last[0].getString("items[0].id").isBlank());
        return last[0];
    }

    private static List<String> ids(Map<String, String> query) {
        return given().queryParams(query)
                .when()
                .get("/agreements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    private static String record(String id, String type, String status, String article, String source, String day) {
        assertTrue(type.equals("mention") || type.equals("agreement"));
        return """
                {"schema": 1, "id": "%s", "type": "%s", "status": "%s", "subject": "takeover",
                 "parties": [{"name": "Mentioned Alpha", "actor": "org:mentioned-alpha", "kind": "company"},
                             {"name": "Mentioned Beta", "actor": "org:mentioned-beta", "kind": "company"}],
                 "date": null,
                 "article": {"id": "%s", "url": "https://example.org/%s", "title": "Deals", "source": "%s",
                             "published": "%s"},
                 "evidence": [{"text": "Mentioned Alpha agreed to buy Mentioned Beta.", "start": 0, "end": 45}],
                 "confidence": 0.2, "extractor": "test"}""".formatted(id, type, status, article, article, source, day);
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
