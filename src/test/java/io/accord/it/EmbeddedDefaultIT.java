package io.accord.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.testing.Corpus;
import io.accord.testing.ListeningSockets;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The embedded default as users run it — one process, its broker and PostgreSQL in one data folder — stopped every
 * way a user stops it: {@code kill -9} mid-stream (with and without the PostgreSQL watchdog surviving), SIGTERM
 * with a backlog, a second start on a folder in use, a port held by another program. After each restart, the stored
 * events are exactly those the batch command finds in every acknowledged article.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDefaultIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static Path data;
    static int httpPort;
    static int kafkaPort;
    static int postgresPort;
    static AccordProcess accord;
    static final Set<String> expected = new HashSet<>();
    static List<byte[]> articles;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("accord-it-data-");
        httpPort = AccordProcess.freePort();
        kafkaPort = AccordProcess.freePort();
        postgresPort = AccordProcess.freePort();
        articles = articles(1500);
        accord = started();
    }

    @AfterAll
    static void stop() throws Exception {
        if (accord != null) {
            accord.stop();
        }
    }

    static AccordProcess started() throws IOException {
        AccordProcess p = AccordProcess.launchEmbedded(data, httpPort, kafkaPort, postgresPort);
        p.awaitLive();
        return p;
    }

    @Test
    @Order(0)
    void listensForHttpOnLoopbackOnlyByDefault() throws Exception {
        assumeTrue(ListeningSockets.readable(), "needs Linux's /proc/net/tcp");
        assertTrue(
                ListeningSockets.loopbackOnly(httpPort),
                "HTTP listens on " + ListeningSockets.addressesOf(httpPort) + ", expected loopback only");
        assertEquals(200, accord.get("/q/health/live").statusCode());
    }

    @Test
    @Order(1)
    void killedMidStreamAndItsPostgresLeftRunningThenStartedAgainWithNoManualStep() throws Exception {
        List<byte[]> batch = articles.subList(0, 800);
        expected.addAll(batchCommandEvents(batch));
        publish(batch);
        awaitStored(n -> n >= expected.size() / 4);
        long postmaster = postmasterPid();
        int storedAtKill = stored().size();
        // the JVM and its watchdog die together, as in a power loss of the process tree: the server is orphaned
        killWatchdogs();
        accord.kill();
        assertTrue(ProcessHandle.of(postmaster).isPresent(), "the orphaned PostgreSQL still runs");
        System.out.printf(
                "kill -9 with %d of %d events stored; PostgreSQL %d left running%n",
                storedAtKill, expected.size(), postmaster);

        accord = started();
        assertFalse(ProcessHandle.of(postmaster).isPresent(), "the old server was stopped by the new start");
        assertStoredExactly();
    }

    @Test
    @Order(2)
    void killedWhileIdleTakesItsPostgresWithIt() throws Exception {
        long postmaster = postmasterPid();
        accord.kill();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> ProcessHandle.of(postmaster).isEmpty());
        accord = started();
        assertStoredExactly();
    }

    @Test
    @Order(3)
    void stoppedWithABacklogThenStartedAgain() throws Exception {
        List<byte[]> batch = articles.subList(800, articles.size());
        expected.addAll(batchCommandEvents(batch));
        publish(batch);
        int storedAtStop = stored().size();
        long asked = System.nanoTime();
        assertTrue(accord.stop(), "stops on SIGTERM");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - asked);
        System.out.printf(
                "SIGTERM with %d of %d events stored: stopped in %d s%n", storedAtStop, expected.size(), seconds);
        assertTrue(storedAtStop < expected.size(), "a backlog was left at the stop");
        assertTrue(seconds <= 30, "a clean stop takes at most 30 s, took " + seconds);

        accord = started();
        assertStoredExactly();
    }

    @Test
    @Order(4)
    void aSecondStartOnTheSameFolderIsRefusedAndTheFirstKeepsRunning() throws Exception {
        AccordProcess second = AccordProcess.launchEmbedded(
                data, AccordProcess.freePort(), AccordProcess.freePort(), AccordProcess.freePort());
        assertEquals(1, second.exitCode(Duration.ofSeconds(60)));
        assertTrue(
                second.output().contains("is in use by another running Accord (process " + accord.pid() + ")"),
                second.output());
        assertEquals(200, accord.get("/q/health/ready").statusCode());
    }

    @Test
    @Order(5)
    void aPortHeldByAnotherProgramIsReportedAndNothingIsLeftHolding() throws Exception {
        Path other = Files.createTempDirectory("accord-it-other-");
        int otherKafka = AccordProcess.freePort();
        try (ServerSocket held = new ServerSocket(AccordProcess.freePort())) {
            AccordProcess p =
                    AccordProcess.launchEmbedded(other, AccordProcess.freePort(), otherKafka, held.getLocalPort());
            assertEquals(1, p.exitCode(Duration.ofSeconds(60)));
            assertTrue(
                    p.output().contains("port " + held.getLocalPort() + " is in use by another program"), p.output());
        }
        // the broker's port is free again: the failed start did not leave a JVM holding it
        try (ServerSocket s = new ServerSocket(otherKafka)) {
            assertEquals(otherKafka, s.getLocalPort());
        }
    }

    /** The corpus beside the project when there is one (real Reuters wire copy), else composed articles. */
    static List<byte[]> articles(int n) throws IOException {
        Path reuters = Path.of("../shared/corpus/reuters.jsonl");
        List<byte[]> out = new ArrayList<>();
        if (Files.exists(reuters)) {
            try (Stream<String> lines = Files.lines(reuters)) {
                lines.limit(n).forEach(l -> out.add(l.getBytes(StandardCharsets.UTF_8)));
            }
            System.out.println("articles: the first " + out.size() + " of " + reuters);
        } else {
            Random random = new Random(12);
            for (int i = 0; i < n; i++) {
                out.add(JSON.writeValueAsBytes(Map.of(
                        "url",
                        "https://example.org/durability/" + i,
                        "published",
                        "2024-05-10",
                        "body",
                        Corpus.article(random, 800, 6))));
            }
            System.out.println("articles: " + n + " composed (no ../shared/corpus)");
        }
        return out;
    }

    /** What the batch command finds in these articles: the events the pipeline must store. */
    static Set<String> batchCommandEvents(List<byte[]> batch) throws Exception {
        Path input = Files.createTempFile("accord-it-", ".jsonl");
        Path output = Files.createTempFile("accord-it-", ".events.jsonl");
        Files.write(
                input,
                batch.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList());
        String jar = System.getProperty("accord.jar", "target/quarkus-app/quarkus-run.jar");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar,
                        "extract",
                        "--input",
                        input.toString(),
                        "--output",
                        output.toString(),
                        "--quiet")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0, "the batch command ran");
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(output)) {
            JSON.readTree(line).path("events").forEach(e -> ids.add(e.path("id").asText()));
        }
        return ids;
    }

    /** Every article acknowledged by the broker (acks=all) before this returns. */
    static void publish(List<byte[]> batch) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + kafkaPort,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                4 * 1024 * 1024);
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (byte[] article : batch) {
                sent.add(producer.send(new ProducerRecord<>("articles", article)));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
    }

    static Set<String> stored() throws Exception {
        return new HashSet<>(Sql.rows(jdbcUrl(), "select id from events", r -> r.getString(1)));
    }

    static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/postgres";
    }

    static void awaitStored(java.util.function.IntPredicate condition) {
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> condition.test(stored().size()));
    }

    /** Every expected event stored, nothing else, nothing twice (evidence rows not doubled by re-delivery). */
    static void assertStoredExactly() throws Exception {
        await().atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> stored().containsAll(expected));
        assertEquals(expected, stored(), "stored events");
        long doubled = Sql.rows(
                        jdbcUrl(),
                        "select count(*) from (select event_id, start_char from event_evidence "
                                + "group by event_id, start_char having count(*) > 1) d",
                        r -> r.getLong(1))
                .get(0);
        assertEquals(0, doubled, "evidence rows stored twice");
        System.out.printf("stored exactly the %d expected events%n", expected.size());
    }

    static long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"))
                .get(0)
                .strip());
    }

    static void killWatchdogs() {
        ProcessHandle.of(accord.pid())
                .ifPresent(jvm -> jvm.children()
                        .filter(c -> c.info().commandLine().orElse("").contains("accord-postgres-watchdog"))
                        .forEach(ProcessHandle::destroyForcibly));
    }
}
