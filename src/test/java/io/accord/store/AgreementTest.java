package io.accord.store;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.model.AgreementEvent;
import io.accord.model.ArticleRef;
import io.accord.model.Evidence;
import io.accord.model.Party;
import io.accord.model.Plover;
import io.accord.testing.AccordTestResource;
import io.accord.testing.KafkaClients;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * One agreement, many reports, over the real broker and database: reports published to {@code events} as extract
 * would publish them are linked by the store, served by /agreements and published to the compacted {@code agreements}
 * topic.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class AgreementTest {

    @Inject
    ObjectMapper json;

    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @Inject
    io.accord.store.EventStore store;

    @Test
    void reportsOfTalksAndThenASignatureFromSeveralOutletsAreOneAgreementWithBothStages() {
        KafkaCompanion kafka = KafkaClients.companion();
        try (ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics("agreements")) {
            publish(
                    report("stages-talks", "negotiating", "stages", "trade deal", "2024-03-01", "Reuters"),
                    report("stages-intent", "intent", "stages", "trade deal", "2024-03-05", "AP"),
                    report("stages-signed", "signed", "stages", "trade deal", "2024-03-10", "BBC"));
            JsonPath page = awaitAgreements("org:stages-alpha", 1, 3);
            String id = page.getString("items[0].id");
            assertTrue(id.startsWith("agr_"), id);
            assertEquals("signed", page.getString("items[0].status"));
            assertEquals("2024-03-10", page.getString("items[0].date"));
            assertEquals(List.of("negotiating", "intent", "signed"), page.getList("items[0].timeline.status"));
            assertEquals(List.of("stages-talks"), page.getList("items[0].timeline[0].events"));
            assertEquals(3, page.getInt("items[0].articles"));
            assertEquals(List.of("AP", "BBC", "Reuters"), page.getList("items[0].sources"));
            assertNull(page.get("items[0].mergedInto"));
            // from/to match the agreement's date: the latest stage's
            given().queryParam("actor", "org:stages-alpha")
                    .queryParam("from", "2024-03-10")
                    .queryParam("to", "2024-03-31")
                    .when()
                    .get("/agreements")
                    .then()
                    .statusCode(200)
                    .body("items.id", org.hamcrest.Matchers.contains(id));
            given().queryParam("actor", "org:stages-alpha")
                    .queryParam("to", "2024-03-09")
                    .when()
                    .get("/agreements")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(0));

            given().when()
                    .get("/agreements/" + id)
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(id))
                    .body("reports", hasSize(3))
                    .body("reports[0].id", equalTo("stages-talks"))
                    .body("reports[0].article.source", equalTo("Reuters"))
                    .body("reports[0].evidence[0].text", equalTo("stages-alpha and stages-beta are in talks."));
            for (String event : List.of("stages-talks", "stages-intent", "stages-signed")) {
                given().when().get("/events/" + event).then().statusCode(200).body("agreement", equalTo(id));
            }
            // the topic's latest record for the key is the current record, a CloudEvent like those on events
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ConsumerRecord<String, String> last = latest(topic.getRecords(), id);
                assertEquals(3, json.readTree(last.value()).path("events").asInt(), last.value());
                assertEquals("io.accord.agreement-record.v1", header(last, "ce_type"));
                assertEquals(id, header(last, "ce_subject"));
            });
        } finally {
            kafka.close();
        }
    }

    @Test
    void eachFilterFindsTheAgreementsWhosePartiesOrTextMatch() {
        publish(
                report(
                        "filters-one",
                        "signed",
                        new Party("Filters Alpha", "org:filters-alpha", null, "BUS", "company"),
                        new Party("Tuvalu", "TUV", "TUV", "GOV", "country"),
                        "fishing rights deal",
                        "2024-05-01"),
                report(
                        "filters-two",
                        "intent",
                        new Party("Filters Alpha", "org:filters-alpha", null, "BUS", "company"),
                        new Party("Filters Gamma Holdings", "org:filters-gamma-holdings", "NRU", "BUS", "company"),
                        "gas pipeline",
                        "2024-05-20"));
        awaitAgreements("org:filters-alpha", 2, 2);
        String one = given().when()
                .get("/events/filters-one")
                .then()
                .statusCode(200)
                .extract()
                .path("agreement");
        String two = given().when()
                .get("/events/filters-two")
                .then()
                .statusCode(200)
                .extract()
                .path("agreement");
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        // countries no other test uses: the database is shared by the whole test run
        expected.put("country=tuv", List.of(one));
        expected.put("country=NRU", List.of(two));
        expected.put("actor=TUV", List.of(one));
        expected.put("actor=org:filters-alpha&country=NRU", List.of(two));
        expected.put("actor=org:filters-alpha&country=USA", List.of());
        expected.put("party=gamma hold", List.of(two));
        expected.put("party=filters", List.of(two, one));
        expected.put("party=filters&status=signed", List.of(one));
        expected.put("q=fishing&actor=org:filters-alpha", List.of(one));
        expected.put("q=PIPELINE&actor=org:filters-alpha", List.of(two));
        expected.put("party=filters&from=2024-05-10", List.of(two));
        expected.forEach((filters, ids) -> {
            var request = given();
            for (String f : filters.split("&")) {
                request = request.queryParam(f.substring(0, f.indexOf('=')), f.substring(f.indexOf('=') + 1));
            }
            assertEquals(
                    ids,
                    request.when()
                            .get("/agreements")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("items.id"),
                    filters);
        });
        // a page at a time, newest report first
        JsonPath first = given().queryParam("party", "filters")
                .queryParam("limit", 1)
                .when()
                .get("/agreements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(two), first.getList("items.id"));
        JsonPath second = given().queryParam("party", "filters")
                .queryParam("limit", 1)
                .queryParam("cursor", first.getString("next"))
                .when()
                .get("/agreements")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(one), second.getList("items.id"));
        assertNull(second.getString("next"));
    }

    @Test
    void theSameSidesWithTwoMattersAreTwoAgreements() {
        publish(
                report("matters-trade", "signed", "matters", "trade deal", "2024-05-01", "Reuters"),
                report("matters-climate", "signed", "matters", "climate pact", "2024-05-02", "BBC"),
                report("matters-trade-2", "intent", "matters", "free trade agreement", "2024-04-20", "AP"));
        JsonPath page = awaitAgreements("org:matters-alpha", 2, 3);
        Map<String, Set<String>> groups = groups(page);
        assertEquals(
                Set.of(Set.of("matters-trade", "matters-trade-2"), Set.of("matters-climate")),
                new HashSet<>(groups.values()));
    }

    @Test
    void anotherArrivalOrderGivesTheSameGroups() {
        // one pair's chain of reports (a1 and a3 45 days apart, a2 between them), a report 70 days on that stays apart,
        // another matter, another pair; published in three orders under three names for the sides (in the second,
        // a2 comes last and merges the agreements a1 and a3 started)
        List<String[]> set = List.of(
                new String[] {"a1", "negotiating", "a", "b", "gas pipeline deal", "2024-01-01"},
                new String[] {"a2", "intent", "a", "b", "pipeline", "2024-01-20"},
                new String[] {"a3", "signed", "a", "b", "deal", "2024-02-15"},
                new String[] {"a4", "signed", "a", "b", "gas pipeline accord", "2024-04-26"},
                new String[] {"b1", "signed", "a", "b", "fishing rights agreement", "2024-03-30"},
                new String[] {"c1", "agreed", "a", "c", "pipeline deal", "2024-01-21"},
                new String[] {"c2", "signed", "c", "a", "pipeline deal", "2024-01-25"});
        Map<String, String[]> byName = new HashMap<>();
        set.forEach(r -> byName.put(r[0], r));
        List<String[]> bridgeLast = List.of("a3", "a1", "c2", "b1", "a4", "c1", "a2").stream()
                .map(byName::get)
                .toList();
        List<String[]> reversed = new ArrayList<>(set);
        Collections.reverse(reversed);
        Set<Set<String>> first = null;
        for (var run :
                List.of(Map.entry("order1", set), Map.entry("order2", bridgeLast), Map.entry("order3", reversed))) {
            String ns = run.getKey();
            // one at a time, each stored before the next: the order the store sees is the order given
            for (String[] r : run.getValue()) {
                publish(report(ns + "-" + r[0], r[1], ns + "-" + r[2], ns + "-" + r[3], r[4], r[5], "Wire"));
                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> given().when()
                                .get("/events/" + ns + "-" + r[0])
                                .then()
                                .statusCode(200)
                                .body("agreement", org.hamcrest.Matchers.notNullValue()));
            }
            Set<Set<String>> groups = new HashSet<>();
            for (String pair : List.of("org:" + ns + "-a", "org:" + ns + "-c")) {
                JsonPath page = given().queryParam("actor", pair)
                        .queryParam("limit", 200)
                        .when()
                        .get("/agreements")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                groups(page).values().forEach(g -> groups.add(strip(g, ns + "-")));
            }
            if (first == null) {
                first = groups;
                assertEquals(Set.of(Set.of("a1", "a2", "a3"), Set.of("a4"), Set.of("b1"), Set.of("c1", "c2")), groups);
            } else {
                assertEquals(first, groups, ns);
            }
        }
    }

    @Test
    void whenALaterReportShowsTwoAgreementsAreOneTheLaterIdKeepsAnswering() {
        KafkaCompanion kafka = KafkaClients.companion();
        try (ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics("agreements")) {
            publish(report("merge-early", "negotiating", "merge", "rail deal", "2024-06-01", "Reuters"));
            String early = awaitAgreements("org:merge-alpha", 1, 1).getString("items[0].id");
            publish(report("merge-late", "signed", "merge", "rail deal", "2024-07-20", "BBC"));
            JsonPath two = awaitAgreements("org:merge-alpha", 2, 2);
            String late = two.getList("items.id", String.class).stream()
                    .filter(a -> !a.equals(early))
                    .findFirst()
                    .orElseThrow();

            publish(report("merge-bridge", "intent", "merge", "rail deal", "2024-06-25", "AP"));
            JsonPath one = awaitAgreements("org:merge-alpha", 1, 3);
            assertEquals(early, one.getString("items[0].id"));
            assertEquals(List.of("negotiating", "intent", "signed"), one.getList("items[0].timeline.status"));
            given().when()
                    .get("/agreements/" + late)
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(early))
                    .body("reports", hasSize(3))
                    .header("Content-Location", "/agreements/" + early);
            given().when().get("/events/merge-late").then().body("agreement", equalTo(early));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ConsumerRecord<String, String> pointer = latest(topic.getRecords(), late);
                assertEquals(
                        early, json.readTree(pointer.value()).path("mergedInto").asText(), pointer.value());
            });
        } finally {
            kafka.close();
        }
        given().when()
                .get("/agreements/agr_nosuchagreement000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void replayingTheReportsChangesNothing() throws Exception {
        String[] reports = {
            report("replay-1", "negotiating", "replay", "power deal", "2024-08-01", "Reuters"),
            report("replay-2", "signed", "replay", "power deal", "2024-08-09", "BBC")
        };
        publish(reports);
        JsonPath before = awaitAgreements("org:replay-alpha", 1, 2);
        String id = before.getString("items[0].id");
        String record = given().when()
                .get("/agreements/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        publish(reports);
        publish(reports[1], reports[0]);
        // a marker published after the replay, to the same partition: once it is stored, the replay has been too
        publish(report("replay-marker", "signed", "replay-marker", "deal", "2024-08-09", "BBC"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> given().when().get("/events/replay-marker").then().statusCode(200));
        assertEquals(
                json.readTree(record),
                json.readTree(given().when()
                        .get("/agreements/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()));
        assertEquals(
                1,
                given().queryParam("actor", "org:replay-alpha")
                        .when()
                        .get("/agreements")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items")
                        .size());
    }

    @Test
    void eventsStoredBeforeAgreementsExistedAreLinkedToo() {
        publish(
                report("backfill-1", "negotiating", "backfill", "rail deal", "2024-09-01", "Reuters"),
                report("backfill-2", "signed", "backfill", "rail deal", "2024-09-09", "BBC"));
        String id = awaitAgreements("org:backfill-alpha", 1, 2).getString("items[0].id");
        // as a database migrated from before agreements: the second event unlinked
        pool.query("UPDATE events SET agreement_id = NULL, link_sides = NULL, link_roots = NULL, link_matter = NULL"
                        + " WHERE id = 'backfill-2'")
                .execute()
                .await()
                .atMost(Duration.ofSeconds(10));
        given().when().get("/events/backfill-2").then().body("agreement", org.hamcrest.Matchers.nullValue());
        List<io.accord.model.Agreement> changed =
                store.linkUnlinked(500).await().atMost(Duration.ofSeconds(30));
        assertTrue(changed.stream().anyMatch(a -> a.id().equals(id)), changed.toString());
        given().when().get("/events/backfill-2").then().body("agreement", equalTo(id));
        assertEquals(List.of(), store.linkUnlinked(500).await().atMost(Duration.ofSeconds(30)));
    }

    @Test
    void agreementsSplitOnlyByANameVariantBecomeOneOnceItIsAKnownAliasAndTheOtherIdAnswers() {
        Party partner = new Party("Alias Partner", "org:alias-partner", null, "BUS", "company");
        // stored by an Accord from before "GM" was a known alias: its own key, so an agreement of its own
        publish(
                report(
                        "alias-gm",
                        "negotiating",
                        new Party("GM", "org:gm", "USA", "BUS", "company"),
                        partner,
                        "engine deal",
                        "2024-10-01"),
                report(
                        "alias-general-motors",
                        "signed",
                        new Party("General Motors", "org:general-motors", "USA", "BUS", "company"),
                        partner,
                        "engine deal",
                        "2024-10-05"));
        awaitAgreements("org:alias-partner", 2, 2);
        String wasGm = given().when().get("/events/alias-gm").then().extract().path("agreement");

        Map<String, String> moves = io.accord.extraction.ActorKeys.aliasKeys();
        assertEquals("org:general-motors", moves.get("org:gm"));
        EventStore.Rekeyed first = store.rekeyActors(moves, 500).await().atMost(Duration.ofSeconds(30));
        assertTrue(first.events() >= 1, first.toString());
        assertEquals(
                0,
                store.rekeyActors(moves, 500)
                        .await()
                        .atMost(Duration.ofSeconds(30))
                        .events());

        JsonPath one = awaitAgreements("org:alias-partner", 1, 2);
        String kept = one.getString("items[0].id");
        assertEquals(List.of("negotiating", "signed"), one.getList("items[0].timeline.status"));
        assertTrue(
                first.agreements().stream().anyMatch(a -> a.id().equals(wasGm) && kept.equals(a.mergedInto())),
                "a pointer to publish for the id merged away: " + first.agreements());
        given().when()
                .get("/agreements/" + wasGm)
                .then()
                .statusCode(200)
                .body("id", equalTo(kept))
                .body("reports", hasSize(2));
        given().when()
                .get("/events/alias-gm")
                .then()
                .body("parties[0].name", equalTo("GM"))
                .body("parties[0].actor", equalTo("org:general-motors"))
                .body("agreement", equalTo(kept));
        // asking for the alias asks for the side
        given().queryParam("actor", "org:GM")
                .when()
                .get("/events")
                .then()
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder("alias-gm", "alias-general-motors"));
        given().queryParam("actor", "org:general-motors")
                .when()
                .get("/agreements")
                .then()
                .body("items.id", org.hamcrest.Matchers.contains(kept));
    }

    @Test
    void theAgreementsTopicIsCompactedAndTheFiltersAreValidated() throws Exception {
        Properties p = new Properties();
        p.put(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                AccordTestResource.infrastructure().kafkaBootstrap());
        try (Admin admin = Admin.create(p)) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "agreements");
            String policy = admin.describeConfigs(List.of(topic))
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .get(topic)
                    .get("cleanup.policy")
                    .value();
            assertEquals("compact", policy);
        }
        given().queryParam("limit", "500")
                .when()
                .get("/agreements")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("limit"));
        given().queryParam("status", "maybe")
                .when()
                .get("/agreements")
                .then()
                .statusCode(400)
                .body("field", equalTo("status"));
        given().queryParam("cursor", "nonsense")
                .when()
                .get("/agreements")
                .then()
                .statusCode(400)
                .body("field", equalTo("cursor"));
    }

    // ---- helpers ----

    /** An event as extract publishes it: sides "<sides>-alpha" and "<sides>-beta". */
    private String report(String id, String status, String sides, String subject, String date, String source) {
        return report(id, status, sides + "-alpha", sides + "-beta", subject, date, source);
    }

    private String report(String id, String status, String a, String b, String subject, String date, String source) {
        String article = "art-" + id;
        var event = new AgreementEvent(
                1,
                id,
                "agreement",
                status,
                new Plover("AGREE", null, "economic"),
                "057",
                List.of(
                        new Party(a, "org:" + a, null, "BUS", "company"),
                        new Party(b, "org:" + b, null, "BUS", "company")),
                subject,
                List.of(),
                date,
                null,
                "day",
                null,
                null,
                new ArticleRef(article, "https://example.org/" + article, "Report " + id, source, date),
                List.of(new Evidence(a + " and " + b + " are in talks.", 0, 30)),
                0.8,
                null,
                "test");
        try {
            return json.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String report(String id, String status, Party a, Party b, String subject, String date) {
        String article = "art-" + id;
        var event = new AgreementEvent(
                1,
                id,
                "agreement",
                status,
                new Plover("AGREE", null, "economic"),
                "057",
                List.of(a, b),
                subject,
                List.of(),
                date,
                null,
                "day",
                null,
                null,
                new ArticleRef(article, "https://example.org/" + article, "Report " + id, "Reuters", date),
                List.of(new Evidence(a.name() + " and " + b.name() + " agreed.", 0, 30)),
                0.8,
                null,
                "test");
        try {
            return json.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes to events with one key, so the store reads them in this order. */
    private static void publish(String... events) {
        Properties p = new Properties();
        p.put(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                AccordTestResource.infrastructure().kafkaBootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (String e : events) {
                producer.send(new ProducerRecord<>("events", "agreement-test", e))
                        .get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("publish failed", e);
        }
    }

    private static JsonPath awaitAgreements(String actor, int agreements, int reports) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath page = given().queryParam("actor", actor)
                    .when()
                    .get("/agreements")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(agreements, page.getList("items").size(), page.prettify());
            assertEquals(
                    reports,
                    page.getList("items.events", Integer.class).stream()
                            .mapToInt(Integer::intValue)
                            .sum(),
                    page.prettify());
        });
        return given().queryParam("actor", actor)
                .when()
                .get("/agreements")
                .then()
                .extract()
                .jsonPath();
    }

    /** Each agreement of the page and the ids of its reports. */
    private static Map<String, Set<String>> groups(JsonPath page) {
        Map<String, Set<String>> groups = new HashMap<>();
        List<String> ids = page.getList("items.id", String.class);
        for (String id : ids) {
            groups.put(
                    id,
                    new TreeSet<>(given().when()
                            .get("/agreements/" + id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("reports.id", String.class)));
        }
        return groups;
    }

    private static Set<String> strip(Set<String> ids, String prefix) {
        Set<String> out = new TreeSet<>();
        ids.forEach(i -> out.add(i.substring(prefix.length())));
        return out;
    }

    private static ConsumerRecord<String, String> latest(List<ConsumerRecord<String, String>> records, String key) {
        ConsumerRecord<String, String> last = null;
        for (ConsumerRecord<String, String> r : records) {
            if (key.equals(r.key())) {
                last = r;
            }
        }
        assertNotEquals(null, last, "no record for " + key);
        return last;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
