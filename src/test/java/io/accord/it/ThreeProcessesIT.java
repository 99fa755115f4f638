package io.accord.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.accord.KafkaClients;
import io.accord.Seeds;
import io.accord.app.EmbeddedInfrastructure;
import io.restassured.path.json.JsonPath;

/**
 * The packaged artifact run as three processes — ingest, extract, store — against one broker and one database,
 * sharing nothing but Kafka topics.
 */
class ThreeProcessesIT {

    static EmbeddedInfrastructure infrastructure;
    static final List<Process> processes = new ArrayList<>();
    static final List<Path> logs = new ArrayList<>();
    static int ingestPort;
    static int storePort;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        infrastructure = new EmbeddedInfrastructure().startKafka(0).startPostgres(0, null);
        ingestPort = freePort();
        int extractPort = freePort();
        storePort = freePort();
        launch("ingest", ingestPort);
        launch("extract", extractPort);
        launch("store", storePort);
        for (int port : new int[] { ingestPort, extractPort, storePort }) {
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions()
                    .until(() -> get(port, "/q/health/live").statusCode() == 200);
        }
    }

    static void launch(String role, int port) throws IOException {
        String jar = System.getProperty("accord.jar", "target/quarkus-app/quarkus-run.jar");
        Path log = Files.createTempFile("accord-" + role + "-", ".log");
        logs.add(log);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        String jdbc = infrastructure.postgresUrl();
        env.put("ACCORD_ROLES", role);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrap());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", jdbc.substring("jdbc:".length()));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        processes.add(pb.start());
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : processes) {
            p.destroy();
        }
        for (int i = 0; i < processes.size(); i++) {
            boolean exited = processes.get(i).waitFor(60, TimeUnit.SECONDS);
            String log = Files.readString(logs.get(i));
            if (!exited) {
                processes.get(i).destroyForcibly();
            }
            assertTrue(exited, "process did not stop on SIGTERM:\n" + log);
            // a commit interrupted by the consumer's own close (WakeupException) is retried on revocation: benign
            assertFalse(log.lines().anyMatch(l -> l.contains("SRMSG18252") && !l.contains("WakeupException")),
                    "commit failures at shutdown:\n" + log);
        }
        infrastructure.close();
    }

    @Test
    void seedTravelsThroughThreeSeparateProcesses() throws Exception {
        KafkaClients.publish(infrastructure.kafkaBootstrap(), "articles", Seeds.seed().getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            HttpResponse<String> r = get(storePort, "/events?party=Rosoboronexport");
            assertEquals(200, r.statusCode(), r.body());
            JsonPath page = JsonPath.from(r.body());
            assertEquals(1, page.getList("items").size(), r.body());
            assertEquals("intent", page.getString("items[0].status"));
            assertEquals(List.of("AZE", "RUS"), page.getList("items[0].parties.country"));
        });

        // each process serves only its own role's endpoints
        assertEquals(404, get(ingestPort, "/events").statusCode());
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ingestPort + "/articles"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Peru and Bolivia signed a border agreement in La Paz on Friday."))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode(), posted.body());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(1,
                JsonPath.from(get(storePort, "/events?party=Bolivia").body()).getList("items").size()));
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
