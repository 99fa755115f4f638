package io.accord;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Records that cannot be articles land in articles.dlq with their reason; the good record after them is processed. */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class DeadLetterTest {

    @Test
    void badRecordsGoToTheDeadLetterTopicAndTheNextGoodOneIsProcessed() {
        KafkaCompanion kafka = KafkaClients.companion();
        try (ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics("articles.dlq")) {
            String wrongType = "{\"body\": 42, \"url\": \"https://example.org/dlq/1\"}";
            String noBody = "{\"title\": \"Only a title\", \"url\": \"https://example.org/dlq/2\"}";
            String brokenJson = "{\"body\": \"unterminated";
            KafkaClients.publish("articles", wrongType);
            KafkaClients.publish("articles", noBody);
            KafkaClients.publish("articles", brokenJson);
            KafkaClients.publish(AccordTestResource.infrastructure().kafkaBootstrap(), "articles",
                    new byte[] { (byte) 0xC3, (byte) 0x28, 'a', 'b' });
            KafkaClients.publish("articles", "{\"url\": \"https://example.org/dlq/good\", \"body\": \"Brazil and Argentina signed a trade agreement in Buenos Aires on Friday.\", \"published\": \"2023-05-14\"}");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("party", "Argentina")
                    .when().get("/events").then().statusCode(200).body("items", hasSize(1)));

            dlq.awaitRecords(4, Duration.ofSeconds(30));
            // exactly the bad records: nothing else arrives after them
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> dlq.count() == 4);
            List<ConsumerRecord<String, String>> records = dlq.getRecords();
            assertEquals(List.of(wrongType, noBody, brokenJson), records.subList(0, 3).stream().map(ConsumerRecord::value).toList());
            assertEquals(List.of("'body' must be a string", "'body' (or 'text') is required and must not be blank"),
                    records.subList(0, 2).stream().map(r -> header(r, "dead-letter-reason")).toList());
            assertEquals(true, header(records.get(2), "dead-letter-reason").startsWith("not valid JSON"));
            assertEquals("not valid UTF-8 text", header(records.get(3), "dead-letter-reason"));
            records.forEach(r -> assertEquals("articles", header(r, "dead-letter-topic")));
        } finally {
            kafka.close();
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
