package io.accord.store;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.testing.AccordTestResource;
import io.accord.testing.Seeds;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET /articles/{id} over the real broker and database: a web page and a plain article posted, their texts kept from
 * articles.normalized, every evidence offset of their stored events landing on its sentence, and texts past the
 * retention gone.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class ArticleTextStoreTest {

    private static final String PAGE =
            "<!doctype html><html lang=\"en-GB\"><head><title>Quarrington Steel | The Ledger</title>"
                    + "<meta property=\"og:title\" content=\"Quarrington Steel agrees to buy Halvorsen Mills\">"
                    + "<meta property=\"og:site_name\" content=\"The Ledger\">"
                    + "<meta property=\"article:published_time\" content=\"2012-03-14T08:30:00+00:00\">"
                    + "<script>var tracking = 'agreed to buy';</script></head><body>"
                    + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/markets\">Markets</a></li></ul></nav>"
                    + "<div class=\"cookie-banner gdpr\">We use cookies. Accept all cookies to continue reading.</div>"
                    + "<article><h1>Quarrington Steel agrees to buy Halvorsen Mills</h1>"
                    + "<p>Quarrington Steel agreed on Tuesday to buy Halvorsen Mills for &#163;420 million, the companies"
                    + " said, ending a year of talks between the two Sheffield steelmakers.</p>"
                    + "<p>Halvorsen&#8217;s board recommended the offer to its shareholders, and Quarrington said it expected"
                    + " the deal to close in the third quarter once regulators had approved it.</p>"
                    + "<p>Shares in Halvorsen rose 12 percent in London after the announcement, while Quarrington&#8217;s"
                    + " were little changed as investors weighed the price.</p></article>"
                    + "<aside class=\"related\"><a href=\"/a\">Read more: steel prices fall again</a></aside></body></html>";

    @Inject
    ArticleTextStore store;

    @Inject
    Pool pool;

    @Test
    void theArticleAsAccordReadItWithEveryEvidenceOffsetOnItsSentence() {
        String pageId = post(Map.of("url", "https://ledger.example/quarrington-halvorsen", "body", PAGE));
        String seedId = post("text/plain", Seeds.seed());

        JsonPath page = stored(pageId);
        assertEquals("Quarrington Steel agrees to buy Halvorsen Mills", page.getString("title"));
        assertEquals("The Ledger", page.getString("source"));
        assertEquals("2012-03-14", page.getString("published"));
        assertEquals("en", page.getString("language"));
        assertEquals("https://ledger.example/quarrington-halvorsen", page.getString("url"));
        String text = page.getString("text");
        assertTrue(
                text.startsWith("Quarrington Steel agreed on Tuesday to buy Halvorsen Mills for £420 million"), text);
        assertTrue(text.contains("Halvorsen’s board"), text);
        for (String chrome : List.of("Home", "cookies", "Read more", "tracking", "&#", "<")) {
            assertFalse(text.contains(chrome), chrome + " in: " + text);
        }

        for (String[] article : List.of(new String[] {pageId, "Halvorsen"}, new String[] {seedId, "Rosoboronexport"})) {
            String body = stored(article[0]).getString("text");
            List<Map<String, Object>> events = await().atMost(Duration.ofSeconds(60))
                    .until(() -> eventsOf(article[0], article[1]), e -> !e.isEmpty());
            for (Map<String, Object> event : events) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> evidence = (List<Map<String, Object>>) event.get("evidence");
                assertFalse(evidence.isEmpty());
                for (Map<String, Object> e : evidence) {
                    int start = (Integer) e.get("start");
                    int end = (Integer) e.get("end");
                    assertEquals(e.get("text"), body.substring(start, end), "evidence of " + event.get("id"));
                }
            }
        }
    }

    @Test
    void aPagePostedAsHtmlIsReadTheSameWay() {
        String id = post("text/html; charset=utf-8", PAGE.replace("Halvorsen Mills", "Halvorsen Works"));
        JsonPath page = stored(id);
        assertEquals("Quarrington Steel agrees to buy Halvorsen Works", page.getString("title"));
        assertFalse(page.getString("text").contains("cookies"));
    }

    @Test
    void anUnknownArticleIsAProblem() {
        given().when()
                .get("/articles/art_00000000000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void aTextPastTheRetentionIsDeleted() {
        String id = post(
                Map.of(
                        "title",
                        "Retention check",
                        "body",
                        "Northvale Water and the city council agreed on Monday to extend their supply contract by five years."));
        stored(id);
        pool.preparedQuery("UPDATE article_texts SET stored_at = now() - interval '400 days' WHERE id = $1")
                .execute(Tuple.of(id))
                .await()
                .indefinitely();
        assertTrue(store.purge().await().indefinitely() >= 1);
        given().when().get("/articles/" + id).then().statusCode(404);
    }

    private static String post(Map<String, String> article) {
        return post(ContentType.JSON.toString(), article);
    }

    /** The id POST /articles gives the one article in the body. */
    private static String post(String contentType, Object body) {
        return given().contentType(contentType)
                .body(body)
                .when()
                .post("/articles")
                .then()
                .statusCode(202)
                .extract()
                .path("ids[0]");
    }

    private static JsonPath stored(String id) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> given().when().get("/articles/" + id).then().extract(), r -> r.statusCode() == 200)
                .jsonPath();
    }

    private static List<Map<String, Object>> eventsOf(String articleId, String word) {
        List<Map<String, Object>> items = given().queryParam("q", word)
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(e -> articleId.equals(((Map<?, ?>) e.get("article")).get("id")))
                .toList();
    }
}
