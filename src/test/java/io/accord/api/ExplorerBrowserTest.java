package io.accord.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.testing.AccordTestResource;
import io.accord.testing.Corpus;
import io.accord.testing.KafkaClients;
import io.accord.testing.NodeChecks;
import io.accord.testing.Seeds;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The web explorer in Debian's headless Chromium, driven by playwright-core ({@code src/test/browser}): submit the
 * seed through the form, see its event arrive on the live feed and in the table, open it, see the evidence
 * highlighted, see the pair in the who-agrees-with-whom view. Screenshots go to {@code target/screenshots}.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class ExplorerBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @TestHTTPResource("/")
    URL explorer;

    @Test
    void submitTheSeedAndSeeItsEventWithTheEvidenceHighlighted() throws Exception {
        NodeChecks.requireInstalled(
                "playwright-core",
                Files.isExecutable(CHROMIUM),
                "needs Debian's chromium and `npm ci --prefix src/test/browser` (.ci/run installs both)");

        // other agreements around the seed, so that the table and the graph have something to show
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(7);
        for (int i = 0; i < 24; i++) {
            KafkaClients.publish(
                    "articles",
                    json.writeValueAsString(java.util.Map.of(
                            "url",
                            "https://example.org/explorer/" + i,
                            "title",
                            "Regional agreements roundup " + (i + 1),
                            "source",
                            "Example Wire",
                            "published",
                            LocalDate.of(2024, 1, 1).plusDays(i * 9L).toString(),
                            "body",
                            Corpus.article(random))));
        }
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> given().queryParam("q", "roundup")
                        .queryParam("limit", 200)
                        .when()
                        .get("/events")
                        .then()
                        .statusCode(200)
                        .body("items.size()", greaterThanOrEqualTo(24)));

        Path shots = Path.of("target/screenshots");
        NodeChecks.run(
                3,
                "explorer.test.mjs",
                explorer.toString(),
                Seeds.SEED.toAbsolutePath().toString(),
                shots.toAbsolutePath().toString());
        for (String shot : List.of(
                "explorer-submit.png",
                "explorer-events.png",
                "explorer-event.png",
                "explorer-agreement.png",
                "explorer-agreements.png",
                "explorer-graph.png")) {
            assertTrue(size(shots.resolve(shot)) > 10_000, shot + " was saved");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
