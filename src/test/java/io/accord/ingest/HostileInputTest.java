package io.accord.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accord.testing.AccordTestResource;
import io.accord.testing.KafkaClients;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** Hostile input over Kafka and HTTP: each gets a clear 4xx or a dead-letter record with its reason; good input still flows. */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class HostileInputTest {

    static final String GERMAN =
            "Russland und China haben am Dienstag in Moskau ein umfassendes Handelsabkommen unterzeichnet, "
                    + "teilte das Außenministerium mit. Die Vereinbarung soll den Handel mit Energie und Getreide erleichtern.";

    static byte[] nested(int depth) {
        return ("{\"body\": " + "[".repeat(depth) + "\"x\"" + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] binary() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xC3;
        bytes[1] = (byte) 0x28;
        return bytes;
    }

    static String longLine(int words) {
        StringBuilder sb = new StringBuilder();
        Random random = new Random(3);
        String[] vocabulary = {"the", "agreement", "Brazil", "signed", "and", "with", "Chile", "talks", "market", "deal"
        };
        for (int i = 0; i < words; i++) {
            sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        return sb.toString();
    }

    @Test
    void hostileKafkaRecordsAreDeadLetteredWithReasonsAndGoodOnesStillFlow() {
        KafkaCompanion kafka = KafkaClients.companion();
        String bootstrap = AccordTestResource.infrastructure().kafkaBootstrap();
        try (ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics("articles.dlq")) {
            // earlier tests may have dead-lettered records too: count from where the topic settles
            AtomicLong seen = new AtomicLong(-1);
            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(15))
                    .until(() -> seen.getAndSet(dlq.count()) == dlq.count());
            long before = dlq.count();
            KafkaClients.publish(bootstrap, "articles", new byte[0]);
            KafkaClients.publish("articles", "   \n\t  ");
            KafkaClients.publish(bootstrap, "articles", binary());
            KafkaClients.publish(bootstrap, "articles", nested(5000));
            KafkaClients.publish("articles", "{\"body\": \"" + "x".repeat(1_100_000) + "\"}");
            KafkaClients.publish(
                    "articles", "{\"url\": \"https://example.org/hostile/de\", \"body\": \"" + GERMAN + "\"}");
            // what follows is hostile in form but a real article: processed, not rejected
            KafkaClients.publish(
                    "articles",
                    "<html><head><script>alert(1)</script></head><body><p>Uruguay and Paraguay signed "
                            + "a Zephyrine river transport agreement on Monday.</p></body></html>");
            KafkaClients.publish(
                    "articles", "Bolivia and Ecuador\u0000 signed a Zephyrine\u0007 energy agreement\u001b on Friday.");
            KafkaClients.publish("articles", longLine(100_000));
            KafkaClients.publish(
                    "articles",
                    "{\"url\": \"https://example.org/hostile/good\", \"body\": \"Iceland and Greenland signed a Zephyrine fisheries agreement on Tuesday.\"}");

            await().atMost(Duration.ofSeconds(90))
                    .untilAsserted(() -> given().queryParam("q", "zephyrine")
                            .when()
                            .get("/events")
                            .then()
                            .statusCode(200)
                            .body("items", hasSize(3)));
            await().atMost(Duration.ofSeconds(30)).until(() -> dlq.count() - before >= 6);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> dlq.count() - before == 6);

            // ingest works on many records at once: the dead-letter topic need not keep their order
            List<String> reasons = dlq.getRecords().subList((int) before, (int) before + 6).stream()
                    .map(r -> header(r, "dead-letter-reason"))
                    .sorted()
                    .toList();
            assertEquals(
                    List.of(
                            "not valid UTF-8 text",
                            "skipped: language 'de' is not supported",
                            "the article text is empty",
                            "the article text is empty"),
                    reasons.stream()
                            .filter(r -> !r.startsWith("not valid JSON") && !r.contains("exceeds the limit"))
                            .toList());
            assertEquals(
                    1,
                    reasons.stream().filter(r -> r.startsWith("not valid JSON")).count(),
                    reasons.toString());
            assertEquals(
                    1,
                    reasons.stream()
                            .filter(r -> r.contains("exceeds the limit"))
                            .count(),
                    reasons.toString());
        } finally {
            kafka.close();
        }
    }

    @Test
    void hostileHttpBodiesGetClearClientErrors() {
        given().contentType("text/plain")
                .body(new byte[0])
                .when()
                .post("/articles")
                .then()
                .statusCode(400)
                .body("field", equalTo("body"));
        given().contentType("text/plain; charset=ISO-8859-1")
                .body("Chile and Peru signed a Qu\u00f6rvane accord.".getBytes(StandardCharsets.ISO_8859_1))
                .when()
                .post("/articles")
                .then()
                .statusCode(202);
        given().contentType("application/json")
                .body("   ")
                .when()
                .post("/articles")
                .then()
                .statusCode(400);
        given().contentType("text/plain; charset=UTF-8")
                .body(binary())
                .when()
                .post("/articles")
                .then()
                .statusCode(400)
                .body("detail", equalTo("not valid UTF-8 text"));
        given().contentType("application/octet-stream")
                .body(binary())
                .when()
                .post("/articles")
                .then()
                .statusCode(415);
        given().contentType("application/json")
                .body(nested(5000))
                .when()
                .post("/articles")
                .then()
                .statusCode(400)
                .body("title", equalTo("Invalid article"));
        given().contentType("application/json")
                .body("{\"body\": [\"not\", \"text\"]}")
                .when()
                .post("/articles")
                .then()
                .statusCode(400)
                .body("field", equalTo("body"));
        given().contentType("text/plain")
                .body(longLine(200_000).getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/articles")
                .then()
                .statusCode(413);
        // accepted: valid articles, however odd
        given().contentType("text/plain")
                .body("<html><body><p>Chile and Peru signed a Quorvane accord.</p></body></html>")
                .when()
                .post("/articles")
                .then()
                .statusCode(202);
        given().contentType("text/plain; charset=UTF-8")
                .body(GERMAN.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/articles")
                .then()
                .statusCode(202);
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
