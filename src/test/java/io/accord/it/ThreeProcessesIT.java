package io.accord.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.accord.runtime.EmbeddedInfrastructure;
import io.accord.testing.KafkaClients;
import io.accord.testing.ListeningSockets;
import io.accord.testing.Seeds;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged artifact run as three processes — ingest, extract, store — against one broker and one database,
 * sharing nothing but Kafka topics.
 */
class ThreeProcessesIT {

    static EmbeddedInfrastructure infrastructure;
    static final List<AccordProcess> processes = new ArrayList<>();
    static AccordProcess ingest;
    static AccordProcess store;

    @BeforeAll
    static void start() throws IOException {
        infrastructure = new EmbeddedInfrastructure().startKafka(0).startPostgres(0, null);
        ingest = AccordProcess.start("ingest", infrastructure);
        processes.add(ingest);
        processes.add(AccordProcess.start("extract", infrastructure));
        store = AccordProcess.start("store", infrastructure);
        processes.add(store);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AccordProcess p : processes) {
            boolean exited = p.stop();
            String log = p.output();
            assertTrue(exited, "process did not stop on SIGTERM:\n" + log);
            // a commit interrupted by the consumer's own close (WakeupException) is retried on revocation: benign
            assertFalse(
                    log.lines().anyMatch(l -> l.contains("SRMSG18252") && !l.contains("WakeupException")),
                    "commit failures at shutdown:\n" + log);
        }
        infrastructure.close();
    }

    @Test
    void aSplitDeploymentListensOnEveryInterface() throws Exception {
        assumeTrue(ListeningSockets.readable(), "needs Linux's /proc/net/tcp");
        for (AccordProcess p : processes) {
            List<String> addresses = ListeningSockets.addressesOf(p.port);
            assertTrue(
                    addresses.contains("0.0.0.0") || addresses.contains("::"),
                    p.role + " listens on " + addresses + ", expected every interface");
        }
    }

    @Test
    void seedTravelsThroughThreeSeparateProcesses() throws Exception {
        KafkaClients.publish(
                infrastructure.kafkaBootstrap(), "articles", Seeds.seed().getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            HttpResponse<String> r = store.get("/events?party=Rosoboronexport");
            assertEquals(200, r.statusCode(), r.body());
            JsonPath page = JsonPath.from(r.body());
            assertEquals(1, page.getList("items").size(), r.body());
            assertEquals("intent", page.getString("items[0].status"));
            assertEquals(List.of("AZE", "RUS"), page.getList("items[0].parties.country"));
        });

        // each process serves only its own role's endpoints
        assertEquals(404, ingest.get("/events").statusCode());
        HttpResponse<String> posted = AccordProcess.HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + ingest.port + "/articles"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "Peru and Bolivia signed a border agreement in La Paz on Friday."))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode(), posted.body());
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertEquals(
                        1,
                        JsonPath.from(store.get("/events?party=Bolivia").body())
                                .getList("items")
                                .size()));
    }
}
