package io.accord.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.testing.AccordTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Filters, newest-first keyset pages and the live stream of GET /events. */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class QueryTest {

    @TestHTTPResource("/events/stream")
    URL stream;

    @Inject
    Pool pool;

    @Inject
    io.accord.store.TextSearch textSearch;

    @Test
    void theActorFilterFindsASideWhateverItsSpelling() {
        String ndjson = """
                {"url": "https://example.org/actor/1", "published": "2022-06-01", "body": "The UK and Norway signed a quillmere seabed agreement in Oslo on Monday."}
                {"url": "https://example.org/actor/2", "published": "2022-06-02", "body": "Britain and Norway signed a second quillmere seabed agreement in Oslo on Tuesday."}
                {"url": "https://example.org/actor/3", "published": "2022-06-03", "body": "On Wednesday, Deutsche Boerse signed a quillmere clearing agreement with Norway."}
                {"url": "https://example.org/actor/4", "published": "2022-06-04", "body": "On Thursday, Deutsche Börse AG signed a quillmere data agreement with Iceland."}
                """;
        // RestAssured would otherwise declare ISO-8859-1, and Accord honours a declared charset
        given().contentType("application/x-ndjson; charset=UTF-8")
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/articles")
                .then()
                .statusCode(202)
                .body("ids", hasSize(4));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().queryParam("q", "quillmere")
                        .when()
                        .get("/events")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(4)));

        given().queryParam("q", "quillmere")
                .queryParam("actor", "GBR")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body(
                        "items.parties.flatten().findAll { it.actor == 'GBR' }.name",
                        containsInAnyOrder("UK", "Britain"));
        given().queryParam("q", "quillmere")
                .queryParam("actor", "gbr")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
        given().queryParam("q", "quillmere")
                .queryParam("actor", "org:deutsche-boerse")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
        // a name after org: is folded as Accord folds it
        given().queryParam("q", "quillmere")
                .queryParam("actor", "org:Deutsche Börse AG")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
        given().queryParam("actor", "bank:x")
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("field", equalTo("actor"));
    }

    @Test
    void pagesAreNewestFirstWithoutGapsOrRepeats() {
        String[] dates = {"2021-03-01", "2021-03-09", "2021-02-14", "2021-04-20", "2021-01-05"};
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < dates.length; i++) {
            ndjson.append("{\"url\": \"https://example.org/paging/")
                    .append(i)
                    .append("\", \"published\": \"")
                    .append(dates[i])
                    .append("\", \"body\": \"Norway and Iceland signed a Kestrelwick fisheries agreement number ")
                    .append(i)
                    .append(" in Reykjavik today.\"}\n");
        }
        given().contentType("application/x-ndjson")
                .body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/articles")
                .then()
                .statusCode(202)
                .body("ids", hasSize(5));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().queryParam("q", "kestrelwick")
                        .when()
                        .get("/events")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(5)));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", "kestrelwick").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when()
                    .get("/events")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.date"));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(List.of("2021-04-20", "2021-03-09", "2021-03-01", "2021-02-14", "2021-01-05"), seen);

        given().queryParam("q", "kestrelwick")
                .queryParam("country", "ISL")
                .queryParam("from", "2021-02-01")
                .queryParam("to", "2021-03-31")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(3));
        given().queryParam("q", "kestrelwick")
                .queryParam("status", "signed")
                .queryParam("party", "norway")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(5));
        // a party filter is a case-insensitive substring of a party's name
        given().queryParam("q", "kestrelwick")
                .queryParam("party", "CELAN")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(5));
        given().queryParam("party", "no such party kestrelwick")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("q", "kestrelwick")
                .queryParam("country", "USA")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        JsonPath last = given().queryParam("q", "kestrelwick")
                .queryParam("limit", 5)
                .when()
                .get("/events")
                .then()
                .extract()
                .jsonPath();
        assertNull(last.getString("next"));
    }

    @Test
    void theTextFilterFindsExactlyTheEventsWhoseTextHoldsIt() {
        String ndjson = """
                {"url": "https://example.org/text/1", "body": "AT&T and Verizon signed a 4,242.5 mln dlr tower-sharing agreement with Quarrywell Co, see http://example.org/deal."}
                {"url": "https://example.org/text/2", "body": "Deutsche Börse agreed a co-operation pact with Quarrywell's parent on Monday (U.S. approval pending)."}
                {"url": "https://example.org/text/3", "body": "Norway and Iceland signed a Quarrywell-4242 fisheries agreement in Reykjavik; the 2nd round follows."}
                """;
        given().contentType("application/x-ndjson; charset=UTF-8")
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/articles")
                .then()
                .statusCode(202);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().queryParam("q", "quarrywell")
                        .when()
                        .get("/events")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(3)));
        // each of these reaches the word index (a word with a space before it); the statistics are read first, so that
        // the words are asked for (every word is rare in a table without statistics)
        textSearch.refresh().await().atMost(Duration.ofSeconds(10));
        List<String> asked = new ArrayList<>(List.of(
                "see http",
                "at&t and",
                "and verizon signed a 4",
                "quarrywell co, see",
                "with quarrywell's par",
                "the 2nd ro",
                "signed a quarrywell-4242 fisheries",
                "co-operation pact"));
        // substrings cut anywhere, mid-word included: the word index must never lose what the substring finds
        java.util.Random random = new java.util.Random(28);
        List<String> texts = texts();
        for (int i = 0; i < 60; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            int start = random.nextInt(text.length());
            String cut = text.substring(start, Math.min(text.length(), start + 3 + random.nextInt(30)));
            if (!cut.isBlank() && cut.indexOf('\n') < 0 && !Character.isSurrogate(cut.charAt(cut.length() - 1))) {
                asked.add(cut.strip());
            }
        }
        assertTextFilterIsASubstringSearch(asked);
        // with statistics, common words no longer lead the search: the same answers
        pool.query("ANALYZE events").execute().await().atMost(Duration.ofSeconds(30));
        assertTrue(
                !textSearch
                        .refresh()
                        .await()
                        .atMost(Duration.ofSeconds(10))
                        .common()
                        .isEmpty(),
                "the word index's statistics are read");
        assertTextFilterIsASubstringSearch(asked);
    }

    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        pool.query("SELECT search_text FROM events WHERE NOT mention ORDER BY id")
                .execute()
                .await()
                .atMost(Duration.ofSeconds(10))
                .forEach(row -> texts.add(row.getString(0)));
        return texts;
    }

    private void assertTextFilterIsASubstringSearch(List<String> asked) {
        for (String q : asked) {
            List<String> expected = new ArrayList<>();
            pool.preparedQuery("SELECT id FROM events WHERE NOT mention AND strpos(search_text, $1) > 0")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(q.toLowerCase(java.util.Locale.ROOT)))
                    .await()
                    .atMost(Duration.ofSeconds(10))
                    .forEach(row -> expected.add(row.getString(0)));
            if (expected.size() > 200) {
                continue;
            }
            List<String> found = given().queryParam("q", q)
                    .queryParam("limit", 200)
                    .when()
                    .get("/events")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.id");
            assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(found), "q=" + q);
        }
    }

    @Test
    void aPartyFilterMatchingOverAThousandNamesSearchesThePartyRows() {
        // 1,001 names no event carries, stored before the real one: past the limit of names the API fetches first,
        // and ahead of "liechtenstein" in the table, so a truncated list of names would miss it
        pool.query(
                        "INSERT INTO party_names (name) SELECT 'chtenst zqx ' || g FROM generate_series(1, 1001) g ON CONFLICT DO NOTHING")
                .execute()
                .await()
                .atMost(Duration.ofSeconds(30));
        given().contentType("text/plain")
                .body("Liechtenstein and Iceland signed a Glimmerfen fisheries agreement in Vaduz today.")
                .when()
                .post("/articles")
                .then()
                .statusCode(202);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().queryParam("q", "glimmerfen")
                        .when()
                        .get("/events")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(1)));

        given().queryParam("party", "CHTENST")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].parties.name", hasItem("Liechtenstein"));
        given().queryParam("party", "chtenst zqx")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void aSubscriberThatNeverReadsDoesNotStallStorage() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        // opened and never read: its socket fills up, and storage must go on regardless
        HttpResponse<java.io.InputStream> stalled = client.send(
                HttpRequest.newBuilder(stream.toURI())
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stalled.statusCode());
        StringBuilder ndjson = new StringBuilder();
        String filler = " The ministry did not disclose further financial details of the arrangement, which analysts"
                + " said could reshape regional energy markets over the coming decade.".repeat(20);
        for (int i = 0; i < 150; i++) {
            ndjson.append("{\"url\": \"https://example.org/stall/")
                    .append(i)
                    .append("\", \"body\": \"Peru and Ecuador signed a")
                    .append(" Brindlemoor grain agreement number ")
                    .append(i)
                    .append(" on Monday.")
                    .append(filler)
                    .append("\"}\n");
        }
        given().contentType("application/x-ndjson")
                .body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/articles")
                .then()
                .statusCode(202)
                .body("ids", hasSize(150));
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> given().queryParam("q", "brindlemoor")
                        .queryParam("limit", 200)
                        .when()
                        .get("/events")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(150)));
        stalled.body().close();
    }

    @Test
    void aBurstStoredInOneBatchReachesALiveSubscriberWhole() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> response = client.send(
                HttpRequest.newBuilder(stream.toURI())
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        int burst = 200;
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        CompletableFuture.runAsync(() -> {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith("data:") && line.contains("Marrowgate")) {
                        seen.add(JsonPath.from(line.substring(5).strip()).getString("article.url"));
                    }
                }
            } catch (Exception e) {
                // the stream ends when the test closes it
            }
        });
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < burst; i++) {
            ndjson.append("{\"url\": \"https://example.org/burst/")
                    .append(i)
                    .append("\", \"body\": \"Chile and Bolivia signed a")
                    .append(" Marrowgate water agreement number ")
                    .append(i)
                    .append(" on Monday.\"}\n");
        }
        given().contentType("application/x-ndjson")
                .body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/articles")
                .then()
                .statusCode(202);
        // the store writes and broadcasts a poll's worth at once: every event of the burst must still arrive
        await().atMost(Duration.ofSeconds(90)).until(() -> seen.size() == burst);
        response.body().close();
    }

    @Test
    void newlyStoredEventsAreStreamed() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(stream.toURI())
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        CompletableFuture<String> firstData = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith("data:") && line.contains("Quillfeather")) {
                        return line.substring(5).strip();
                    }
                }
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        given().contentType("text/plain")
                .body("Canada and Mexico signed a Quillfeather energy agreement in Ottawa on Monday.")
                .when()
                .post("/articles")
                .then()
                .statusCode(202);
        String data = firstData.get(60, TimeUnit.SECONDS);
        JsonPath event = JsonPath.from(data);
        assertEquals("signed", event.getString("status"));
        assertTrue(event.getList("parties.country").containsAll(List.of("CAN", "MEX")));
    }
}
