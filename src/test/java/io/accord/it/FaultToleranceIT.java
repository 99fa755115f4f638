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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults under load, with the three roles as separate processes, a real broker and a real PostgreSQL. Each scenario
 * publishes its own set of articles (some of them bad) whose events are known beforehand — the same extraction core
 * computes them here — and checks: stored events = expected set, count(*) = count(distinct id), and the dead-letter
 * topic holds exactly the bad inputs.
 */
class FaultToleranceIT {

    static final int ARTICLES = 240;
    static final int BAD = 6;
    static EmbeddedInfrastructure infrastructure;
    static AccordProcess ingest;
    static AccordProcess extract;
    static AccordProcess store;
    static final List<AccordProcess> extra = new ArrayList<>();
    static Extractor extractor;
    static PostgresControl restartedPostgres;
    static ArticleNormalizer normalizer;

    @BeforeAll
    static void start() throws Exception {
        infrastructure = new EmbeddedInfrastructure().startKafka(0).startPostgres(0, null);
        ingest = AccordProcess.start("ingest", infrastructure);
        extract = AccordProcess.start("extract", infrastructure);
        store = AccordProcess.start("store", infrastructure);
        extractor = new Extractor();
        normalizer = new ArticleNormalizer(Clock.systemUTC(), new LanguageGuess());
    }

    @AfterAll
    static void stop() throws Exception {
        for (AccordProcess p : List.of(ingest, extract, store)) {
            p.stop();
        }
        for (AccordProcess p : extra) {
            p.stop();
        }
        if (restartedPostgres != null) {
            restartedPostgres.stop();
        }
        infrastructure.close();
    }

    /** A scenario's inputs: good articles with their expected event ids, and bad records marked with the scenario. */
    record Batch(String scenario, List<byte[]> records, Set<String> expected, int bad) {}

    static Batch batch(String scenario) {
        Random random = new Random(scenario.hashCode());
        List<byte[]> records = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < ARTICLES; i++) {
            String json = "{\"url\": \"https://example.org/" + scenario + "/" + i
                    + "\", \"published\": \"2024-05-10\", \"body\": " + quote(Corpus.article(random)) + "}";
            records.add(json.getBytes(StandardCharsets.UTF_8));
            for (AgreementEvent e : extractor.extract(
                    normalizer.normalize(ArticleParser.parseRecord(json.getBytes(StandardCharsets.UTF_8))))) {
                expected.add(e.id());
            }
            if (i % (ARTICLES / BAD) == 7) {
                records.add(("{\"scenario\": \"" + scenario + "\", \"body\": 42}").getBytes(StandardCharsets.UTF_8));
            }
        }
        return new Batch(scenario, records, expected, BAD);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Publishes the batch at a steady pace in the background, so that faults land mid-stream. */
    static CompletableFuture<Void> publish(Batch batch, int perSecond) {
        return CompletableFuture.runAsync(() -> {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrap());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            try (KafkaProducer<byte[], byte[]> producer =
                    new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
                for (byte[] record : batch.records()) {
                    producer.send(new ProducerRecord<>("articles", record)).get(30, TimeUnit.SECONDS);
                    Thread.sleep(1000 / perSecond);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Set<String> stored(Batch batch) throws Exception {
        return new HashSet<>(Sql.rows(
                infrastructure.postgresUrl(),
                "select e.id from events e join articles a on a.id = e.article_id "
                        + "where a.url like 'https://example.org/" + batch.scenario() + "/%'",
                r -> r.getString(1)));
    }

    /** count(*) and count(distinct id) of events, and the rows of parties and evidence. */
    static long[] counts() throws Exception {
        return Sql.rows(
                        infrastructure.postgresUrl(),
                        "select count(*), count(distinct id), (select count(*) from event_evidence), "
                                + "(select count(*) from event_parties) from events",
                        r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)})
                .get(0);
    }

    static Map<String, String> documents(Batch batch) throws Exception {
        Map<String, String> out = new HashMap<>();
        Sql.rows(
                infrastructure.postgresUrl(),
                "select e.id, e.document from events e join articles a on a.id = e.article_id "
                        + "where a.url like 'https://example.org/" + batch.scenario() + "/%'",
                r -> out.put(r.getString(1), r.getString(2)));
        return out;
    }

    static long deadLettered(Batch batch) {
        try (KafkaCompanion kafka = new KafkaCompanion(infrastructure.kafkaBootstrap())) {
            return kafka.consumeStrings().fromTopics("articles.dlq", Duration.ofSeconds(3)).awaitCompletion().stream()
                    .filter(r -> r.value().contains("\"scenario\": \"" + batch.scenario() + "\""))
                    .count();
        }
    }

    /** Waits until the expected events are all stored, then checks there is nothing more and nothing twice. */
    static void assertExactly(Batch batch) throws Exception {
        await().atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> stored(batch).containsAll(batch.expected()));
        assertEquals(batch.expected(), stored(batch), "stored events of " + batch.scenario());
        long[] counts = counts();
        assertEquals(counts[0], counts[1], "count(*) = count(distinct id)");
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLettered(batch) >= batch.bad());
        assertEquals(batch.bad(), deadLettered(batch), "dead-lettered records of " + batch.scenario());
        System.out.printf(
                "fault scenario %s: %d articles + %d bad records, %d expected events, %d stored, lost 0, "
                        + "duplicates %d, dead-lettered %d%n",
                batch.scenario(),
                ARTICLES,
                batch.bad(),
                batch.expected().size(),
                stored(batch).size(),
                counts[0] - counts[1],
                deadLettered(batch));
    }

    static void awaitStored(Batch batch, IntPredicate condition) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> condition.test(stored(batch).size()));
    }

    /** Publishes the scenario's batch, kills the process with SIGKILL a quarter of the way in, starts a new one. */
    static void killMidStream(String scenario, AccordProcess victim) throws Exception {
        Batch batch = batch(scenario);
        CompletableFuture<Void> publishing = publish(batch, 40);
        awaitStored(batch, n -> n >= batch.expected().size() / 4);
        System.out.printf(
                "kill -9 %s with %d of %d events stored%n",
                victim.role, stored(batch).size(), batch.expected().size());
        victim.kill();
        // the replacement takes the victim's place at once, so that it is stopped after the tests whatever happens
        AccordProcess replacement = AccordProcess.start(victim.role, infrastructure);
        if (victim == extract) {
            extract = replacement;
        } else {
            store = replacement;
        }
        publishing.get(120, TimeUnit.SECONDS);
        assertExactly(batch);
    }

    @Test
    void extractKilledMidStreamAndRestarted() throws Exception {
        killMidStream("kill-extract", extract);
    }

    @Test
    void storeKilledMidStreamAndRestarted() throws Exception {
        killMidStream("kill-store", store);
    }

    @Test
    void storeScaledTwoOneTwoUnderLoad() throws Exception {
        Batch batch = batch("scale-store");
        AccordProcess second = AccordProcess.start("store", infrastructure);
        CompletableFuture<Void> publishing = publish(batch, 40);
        awaitStored(batch, n -> n >= batch.expected().size() / 4);
        assertTrue(second.stop(), "a store instance stops on SIGTERM");
        awaitStored(batch, n -> n >= batch.expected().size() / 2);
        extra.add(AccordProcess.start("store", infrastructure));
        publishing.get(120, TimeUnit.SECONDS);
        assertExactly(batch);
    }

    @Test
    void databaseStoppedForTwentySeconds() throws Exception {
        Batch batch = batch("db-outage");
        PostgresControl postgres = new PostgresControl(infrastructure);
        CompletableFuture<Void> publishing = publish(batch, 40);
        awaitStored(batch, n -> n >= batch.expected().size() / 4);
        long stopped = System.nanoTime();
        postgres.stop();
        try {
            await().atMost(Duration.ofSeconds(15))
                    .ignoreExceptions()
                    .until(() -> store.get("/q/health/ready").statusCode() == 503);
            assertEquals(200, store.get("/q/health/live").statusCode(), "liveness stays UP while the database is away");
            Thread.sleep(Math.max(0, 20_000 - (System.nanoTime() - stopped) / 1_000_000));
        } finally {
            postgres.start();
            restartedPostgres = postgres;
        }
        System.out.printf(
                "PostgreSQL stopped for %d s with %d of %d events stored%n",
                (System.nanoTime() - stopped) / 1_000_000_000,
                stored(batch).size(),
                batch.expected().size());
        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(() -> store.get("/q/health/ready").statusCode() == 200);
        publishing.get(120, TimeUnit.SECONDS);
        assertExactly(batch);
    }

    @Test
    void republishedAndReplayedChangesNothing() throws Exception {
        Batch batch = batch("replay");
        publish(batch, 200).get(120, TimeUnit.SECONDS);
        assertExactly(batch);
        Map<String, String> before = documents(batch);
        long[] countsBefore = counts();

        // the whole set again, and the store's consumer group back to the beginning of the events topic
        publish(batch, 200).get(120, TimeUnit.SECONDS);
        assertTrue(store.stop());
        for (AccordProcess p : extra) {
            p.stop();
        }
        extra.clear();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrap()))) {
            Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
            admin.describeTopics(List.of("events"))
                    .allTopicNames()
                    .get()
                    .get("events")
                    .partitions()
                    .forEach(p -> earliest.put(new TopicPartition("events", p.partition()), new OffsetAndMetadata(0)));
            await().atMost(Duration.ofSeconds(60))
                    .ignoreExceptions()
                    .until(() -> admin.alterConsumerGroupOffsets("accord-store", earliest)
                                    .all()
                                    .get()
                            == null);
            store = AccordProcess.start("store", infrastructure);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            earliest.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            // done when the store has consumed the whole events topic again
            await().atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        var ends = admin.listOffsets(latest).all().get();
                        var committed = admin.listConsumerGroupOffsets("accord-store")
                                .partitionsToOffsetAndMetadata()
                                .get();
                        return ends.entrySet().stream()
                                .allMatch(e -> committed.get(e.getKey()) != null
                                        && committed.get(e.getKey()).offset()
                                                >= e.getValue().offset());
                    });
        }
        assertEquals(before, documents(batch), "the stored events are unchanged");
        assertEquals(countsBefore[0], counts()[0], "no event added");
        long[] after = counts();
        assertEquals(countsBefore[2], after[2], "evidence rows not doubled");
        assertEquals(countsBefore[3], after[3], "party rows not doubled");
    }
}
