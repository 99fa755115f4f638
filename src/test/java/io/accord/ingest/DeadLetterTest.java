package io.accord.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.testing.AccordTestResource;
import io.accord.testing.KafkaClients;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
 * Records that cannot be articles land in articles.dlq, events the store cannot keep in events.dlq, each with its
 * reason; the good records around them are processed.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class DeadLetterTest {

    @Test
    void badRecordsGoToTheDeadLetterTopicAndTheNextGoodOneIsProcessed() {
        KafkaCompanion kafka = KafkaClients.companion();
        // other tests refuse articles too: only the dead letters written after this moment are this test's
        Map<TopicPartition, Long> before = KafkaClients.endOffsets(kafka, "articles.dlq");
        try (ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics("articles.dlq")) {
            String wrongType = "{\"body\": 42, \"url\": \"https://example.org/dlq/1\"}";
            String noBody = "{\"title\": \"Only a title\", \"url\": \"https://example.org/dlq/2\"}";
            String brokenJson = "{\"body\": \"unterminated";
            KafkaClients.publish("articles", wrongType);
            KafkaClients.publish("articles", noBody);
            KafkaClients.publish("articles", brokenJson);
            KafkaClients.publish(AccordTestResource.infrastructure().kafkaBootstrap(), "articles", new byte[] {
                (byte) 0xC3, (byte) 0x28, 'a', 'b'
            });
            KafkaClients.publish(
                    "articles",
                    "{\"url\": \"https://example.org/dlq/good\", \"body\": \"Brazil and Argentina signed a trade agreement in Buenos Aires on Friday.\", \"published\": \"2023-05-14\"}");

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().queryParam("party", "Argentina")
                            .when()
                            .get("/events")
                            .then()
                            .statusCode(200)
                            .body("items", hasSize(1)));

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> KafkaClients.since(dlq.getRecords(), before).size() >= 4);
            // exactly the bad records: nothing else arrives after them
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> KafkaClients.since(dlq.getRecords(), before).size() == 4);
            List<ConsumerRecord<String, String>> mine = KafkaClients.since(dlq.getRecords(), before);
            // ingest works on many records at once, so the dead-letter topic need not keep their order
            Map<String, String> reasons = reasons(mine);
            assertEquals("'body' must be a string", reasons.get(wrongType));
            assertEquals("'body' (or 'text') is required and must not be blank", reasons.get(noBody));
            assertTrue(reasons.get(brokenJson).startsWith("not valid JSON"), reasons.get(brokenJson));
            assertEquals(
                    "not valid UTF-8 text",
                    reasons.get(new String(new byte[] {(byte) 0xC3, (byte) 0x28, 'a', 'b'}, StandardCharsets.UTF_8)));
            mine.forEach(r -> assertEquals("articles", header(r, "dead-letter-topic")));
        } finally {
            kafka.close();
        }
    }

    @Test
    void eventsTheStoreCannotReadOrTheDatabaseRefusesGoToEventsDlqAndTheRestAreStored() {
        KafkaCompanion kafka = KafkaClients.companion();
        Map<TopicPartition, Long> before = KafkaClients.endOffsets(kafka, "events.dlq");
        try (ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics("events.dlq")) {
            String notJson = "{\"id\": \"store-dlq-broken\", ";
            String unknownStatus = event("store-dlq-status", "maybe", "a fisheries pact");
            // NUL is valid JSON text but PostgreSQL refuses it in a text column: the store learns only when it writes
            String refused = event("store-dlq-refused", "signed", "a fisheries\\u0000 pact");
            // published together, so the refused event shares a batch (one transaction) with good ones
            KafkaClients.publish("events", event("store-dlq-good-1", "signed", "a fisheries pact"));
            KafkaClients.publish("events", notJson);
            KafkaClients.publish("events", refused);
            KafkaClients.publish("events", unknownStatus);
            KafkaClients.publish("events", event("store-dlq-good-2", "intent", "a fisheries pact"));

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                given().when().get("/events/store-dlq-good-1").then().statusCode(200);
                given().when()
                        .get("/events/store-dlq-good-2")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("intent"));
            });
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> KafkaClients.since(dlq.getRecords(), before).size() >= 3);
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> KafkaClients.since(dlq.getRecords(), before).size() == 3);
            List<ConsumerRecord<String, String>> mine = KafkaClients.since(dlq.getRecords(), before);
            Map<String, String> reasons = reasons(mine);
            assertEquals(Set.of(notJson, unknownStatus, refused), reasons.keySet());
            assertTrue(reasons.get(notJson).startsWith("not an agreement event"), reasons.get(notJson));
            assertEquals("unknown status 'maybe'", reasons.get(unknownStatus));
            assertTrue(
                    reasons.get(refused).startsWith("refused by the database: invalid byte sequence"),
                    reasons.get(refused));
            mine.forEach(r -> assertEquals("events", header(r, "dead-letter-topic")));
            given().when().get("/events/store-dlq-refused").then().statusCode(404);
            given().when().get("/events/store-dlq-status").then().statusCode(404);
        } finally {
            kafka.close();
        }
    }

    private static String event(String id, String status, String subject) {
        return """
                {"schema": 1, "id": "%s", "type": "agreement", "status": "%s", "subject": "%s",
                 "parties": [{"name": "Freedonia", "country": null, "sector": null, "kind": "country"},
                             {"name": "Sylvania", "country": null, "sector": null, "kind": "country"}],
                 "date": "2021-03-04", "datePrecision": "day",
                 "article": {"id": "store-dlq-article", "url": "https://example.org/store-dlq", "title": "Pact", "source": "Test",
                             "published": "2021-03-05"},
                 "evidence": [{"text": "Freedonia and Sylvania signed a fisheries pact.", "start": 0, "end": 47}],
                 "confidence": 0.9, "extractor": "test"}""".formatted(id, status, subject);
    }

    private static Map<String, String> reasons(List<ConsumerRecord<String, String>> records) {
        Map<String, String> reasons = new HashMap<>();
        records.forEach(r -> reasons.put(r.value(), header(r, "dead-letter-reason")));
        return reasons;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
