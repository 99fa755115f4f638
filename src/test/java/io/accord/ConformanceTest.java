package io.accord;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.testing.AccordTestResource;
import io.accord.testing.KafkaClients;
import io.accord.testing.NodeChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * What Accord offers to others, read by tools no one here wrote: the OpenAPI document by an independent validator,
 * the records on {@code events} and {@code agreements} by the official CloudEvents SDK (both from npm).
 */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class ConformanceTest {

    private static final String MISSING = "needs `npm ci --prefix src/test/browser` (.ci/run runs it)";

    @Test
    void theOpenApiDocumentPassesAnIndependentValidator() throws Exception {
        NodeChecks.requireInstalled("@apidevtools/swagger-parser", true, MISSING);
        Path document = Path.of("target/openapi.json").toAbsolutePath();
        Files.writeString(
                document,
                given().queryParam("format", "json")
                        .when()
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        String said = NodeChecks.run(1, "openapi.check.mjs", document.toString());
        assertTrue(said.startsWith("valid OpenAPI"), said);
    }

    @Test
    void everyRecordOnEventsAndAgreementsIsACloudEventToTheOfficialSdk() throws Exception {
        NodeChecks.requireInstalled("cloudevents", true, MISSING);
        // an article of its own, so that its event and its agreement are new whichever tests ran before
        String url = "https://example.org/conformance/" + UUID.randomUUID();
        KafkaClients.publish(
                "articles",
                new ObjectMapper()
                        .writeValueAsString(Map.of(
                                "url",
                                url,
                                "title",
                                "Norway and Chile sign fisheries pact",
                                "source",
                                "Example Wire",
                                "body",
                                "Norway and Chile signed a fisheries cooperation agreement in Oslo on Monday, "
                                        + "the two governments said. The accord covers research vessels and quotas.")));
        List<Map<String, Object>> records;
        try (KafkaCompanion kafka = KafkaClients.companion();
                ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics("events", "agreements")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> toldOnBoth(task.getRecords(), url));
            // then everything on both topics up to now: with it what the other tests wrote before
            Map<TopicPartition, Long> ends = KafkaClients.endOffsets(kafka, "events", "agreements");
            await().atMost(Duration.ofSeconds(30)).until(() -> readUpTo(task.getRecords(), ends));
            records = task.getRecords().stream().map(ConformanceTest::asJson).toList();
        }
        Path file = Path.of("target/cloudevents-records.json").toAbsolutePath();
        new ObjectMapper().writeValue(file.toFile(), records);
        String said = NodeChecks.run(1, "cloudevents.check.mjs", file.toString());
        assertTrue(said.contains("events: ") && said.contains("agreements: "), said);
        System.out.println("CloudEvents SDK: " + said.strip().replace('\n', ';'));
    }

    /** Whether the consumer has read every partition up to its end offset (the offset after its last record). */
    private static boolean readUpTo(List<ConsumerRecord<String, String>> records, Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> next = new HashMap<>();
        records.forEach(r -> next.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max));
        return ends.entrySet().stream().allMatch(e -> next.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }

    /** Whether the article's event is on {@code events} and a record of its agreement on {@code agreements}. */
    private static boolean toldOnBoth(List<ConsumerRecord<String, String>> records, String url) {
        return records.stream()
                .filter(r -> r.topic().equals("events") && r.value().contains(url))
                .map(ConsumerRecord::key)
                .anyMatch(event -> records.stream()
                        .anyMatch(
                                r -> r.topic().equals("agreements") && r.value().contains(event)));
    }

    private static Map<String, Object> asJson(ConsumerRecord<String, String> r) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("topic", r.topic());
        json.put("key", r.key());
        json.put("value", r.value());
        json.put("headers", headers);
        return json;
    }
}
