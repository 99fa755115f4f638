package io.accord.store;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.accord.testing.AccordTestResource;
import io.accord.testing.KafkaClients;
import io.accord.text.StoryFingerprint;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * A wire story, its refiled update under another URL, and another outlet's own story of the same contract, through the
 * whole flow over the real broker and database: one agreement of three articles but two stories, the refile shown as
 * a version of the first.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class StoryVersionsTest {

    @Test
    void aRefiledStoryIsAVersionOfTheFirstNotAStoryOfItsOwn() throws IOException {
        List<String> articles = lines("/stories/refiled-story.jsonl");
        KafkaCompanion kafka = KafkaClients.companion();
        try (ConsumerTask<String, String> events = kafka.consumeStrings().fromTopics("events")) {
            for (String article : articles) {
                KafkaClients.publish("articles", article);
            }
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonPath page = given().queryParam("actor", "org:northgate-rail")
                        .when()
                        .get("/agreements")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                assertEquals(1, page.getList("items").size(), page.prettify());
                assertEquals(3, page.getInt("items[0].events"), page.prettify());
            });
            JsonPath listed = given().queryParam("actor", "org:northgate-rail")
                    .when()
                    .get("/agreements")
                    .then()
                    .extract()
                    .jsonPath();
            assertEquals(3, listed.getInt("items[0].articles"));
            assertEquals(2, listed.getInt("items[0].stories"));

            JsonPath agreement = given().when()
                    .get("/agreements/" + listed.getString("items[0].id"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<List<String>> versions = agreement.getList("versions");
            assertEquals(1, versions.size(), agreement.prettify());
            List<String> titles = versions.get(0).stream()
                    .map(id ->
                            given().when().get("/events/" + id).then().extract().<String>path("article.title"))
                    .toList();
            assertEquals(
                    List.of(
                            "Northgate Rail orders 40 locomotives from Siemens",
                            "UPDATE 1-Northgate Rail orders 40 locomotives from Siemens"),
                    titles.stream().sorted().toList());

            // the fingerprint travels with each event, as a header beside the CloudEvents ones
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            events.getRecords().stream().anyMatch(r -> r.value().contains("northgate-rail")));
            ConsumerRecord<String, String> onTopic = events.getRecords().stream()
                    .filter(r -> r.value().contains("northgate-rail"))
                    .findFirst()
                    .orElseThrow();
            Header story = onTopic.headers().lastHeader(StoryFingerprint.HEADER);
            assertNotNull(story);
            assertNotNull(StoryFingerprint.fromHeader(story.value()));
        } finally {
            kafka.close();
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = StoryVersionsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }
}
