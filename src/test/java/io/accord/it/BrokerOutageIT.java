package io.accord.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.extraction.Extractor;
import io.accord.ingest.ArticleNormalizer;
import io.accord.ingest.ArticleParser;
import io.accord.model.AgreementEvent;
import io.accord.runtime.EmbeddedInfrastructure;
import io.accord.testing.Corpus;
import io.accord.text.LanguageGuess;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The broker stopped for 25 s and restarted under load: POST /articles answers 503 — never 2xx — while it is down, and every
 * article that got a 2xx yields its events. The broker keeps its data across the restart, as a real one does.
 */
class BrokerOutageIT {

    static EmbeddedInfrastructure database;
    static EmbeddedKafkaBroker broker;
    static Path logDir;
    static int kafkaPort;
    static int controllerPort;
    static final List<AccordProcess> processes = new ArrayList<>();
    static AccordProcess ingest;

    static EmbeddedKafkaBroker broker() {
        return new EmbeddedKafkaBroker()
                .withKafkaPort(kafkaPort)
                .withControllerPort(controllerPort)
                .withClusterId("accord-outage-test")
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(p -> {
                    p.put("log.dirs", logDir.toString());
                    p.put("group.initial.rebalance.delay.ms", "0");
                    p.put("num.partitions", "2");
                });
    }

    @BeforeAll
    static void start() throws Exception {
        logDir = Files.createTempDirectory("accord-kraft-");
        kafkaPort = AccordProcess.freePort();
        controllerPort = AccordProcess.freePort();
        broker = broker().start();
        database = new EmbeddedInfrastructure().startPostgres(0, null);
        ingest = AccordProcess.start("ingest", broker.getAdvertisedListeners(), database.postgresUrl());
        processes.add(ingest);
        processes.add(AccordProcess.start("extract", broker.getAdvertisedListeners(), database.postgresUrl()));
        processes.add(AccordProcess.start("store", broker.getAdvertisedListeners(), database.postgresUrl()));
    }

    @AfterAll
    static void stop() throws Exception {
        for (AccordProcess p : processes) {
            p.stop();
        }
        broker.close();
        database.close();
    }

    record Posted(String body, int status, long startedNanos, long endedNanos) {}

    @Test
    void writesAreRefusedWhileTheBrokerIsDownAndEveryAcceptedArticleYieldsItsEvents() throws Exception {
        Random random = new Random(11);
        AtomicBoolean stopPosting = new AtomicBoolean();
        List<Posted> posted = new ArrayList<>();
        CompletableFuture<Void> posting = CompletableFuture.runAsync(() -> {
            for (int i = 0; !stopPosting.get() && i < 400; i++) {
                String body =
                        "{\"url\": \"https://example.org/outage/" + i + "\", \"published\": \"2024-05-10\", \"body\": "
                                + FaultToleranceIT.quote(Corpus.article(random)) + "}";
                long started = System.nanoTime();
                try {
                    HttpResponse<String> r = AccordProcess.HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + ingest.port + "/articles"))
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(60))
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    synchronized (posted) {
                        posted.add(new Posted(body, r.statusCode(), started, System.nanoTime()));
                    }
                    Thread.sleep(100);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        await().atMost(Duration.ofSeconds(60)).until(() -> accepted(posted) >= 30);
        long down = System.nanoTime();
        broker.close();
        await().atMost(Duration.ofSeconds(14))
                .ignoreExceptions()
                .until(() -> ingest.get("/q/health/ready").statusCode() == 503);
        long downSeen = System.nanoTime();
        if (ingest.get("/q/health/live").statusCode() != 200) {
            throw new AssertionError("liveness must stay UP while the broker is away");
        }
        Thread.sleep(Math.max(0, 25_000 - (System.nanoTime() - down) / 1_000_000));
        long up = System.nanoTime();
        broker = broker().start();
        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(() -> ingest.get("/q/health/ready").statusCode() == 200);
        await().atMost(Duration.ofSeconds(120)).until(() -> acceptedAfter(posted, up) >= 30);
        stopPosting.set(true);
        posting.get(120, TimeUnit.SECONDS);

        List<Posted> all;
        synchronized (posted) {
            all = List.copyOf(posted);
        }
        // a request that began and ended while the broker was down can only have been refused
        List<Posted> duringOutage = all.stream()
                .filter(p -> p.startedNanos() > down && p.endedNanos() < up)
                .toList();
        assertTrue(!duringOutage.isEmpty(), "some requests fell wholly inside the outage");
        duringOutage.forEach(p -> assertTrue(p.status() == 503, "status during the outage: " + p.status()));
        // once the outage is known, a write is refused after one broker probe (3 s), not the producer's 15 s timeout
        List<Long> refusalMillis = duringOutage.stream()
                .filter(p -> p.startedNanos() > downSeen)
                .map(p -> (p.endedNanos() - p.startedNanos()) / 1_000_000)
                .toList();
        assertTrue(!refusalMillis.isEmpty(), "requests after readiness went DOWN: " + refusalMillis);
        refusalMillis.forEach(ms -> assertTrue(ms < 8_000, "refused after " + ms + " ms: " + refusalMillis));
        all.forEach(p -> assertTrue(p.status() == 202 || p.status() == 503, "status " + p.status()));

        Extractor extractor = new Extractor();
        ArticleNormalizer normalizer = new ArticleNormalizer(Clock.systemUTC(), new LanguageGuess());
        Set<String> expected = new HashSet<>();
        for (Posted p : all) {
            if (p.status() == 202) {
                for (AgreementEvent e : extractor.extract(normalizer.normalize(ArticleParser.fromJsonLine(p.body())))) {
                    expected.add(e.id());
                }
            }
        }
        await().atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> stored().containsAll(expected));
        // nothing was bad input, so nothing may have been dead-lettered: the outage is transient, not a reason
        try (KafkaCompanion kafka = new KafkaCompanion(broker.getAdvertisedListeners())) {
            assertEquals(
                    0,
                    kafka.consumeStrings()
                            .fromTopics("articles.dlq", Duration.ofSeconds(3))
                            .awaitCompletion()
                            .count());
        }
        long refused = all.stream().filter(p -> p.status() == 503).count();
        System.out.printf(
                "broker outage: %d articles posted, %d accepted (202), %d refused (503) during a 25 s outage "
                        + "(once known, in %s ms), %d expected events, all stored, lost 0%n",
                all.size(), all.size() - refused, refused, refusalMillis, expected.size());
    }

    static long accepted(List<Posted> posted) {
        synchronized (posted) {
            return posted.stream().filter(p -> p.status() == 202).count();
        }
    }

    static long acceptedAfter(List<Posted> posted, long nanos) {
        synchronized (posted) {
            return posted.stream()
                    .filter(p -> p.status() == 202 && p.startedNanos() > nanos)
                    .count();
        }
    }

    static Set<String> stored() throws Exception {
        return new HashSet<>(Sql.rows(database.postgresUrl(), "select id from events", r -> r.getString(1)));
    }
}
