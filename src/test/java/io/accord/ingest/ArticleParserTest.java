package io.accord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.model.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kafka records and HTTP bodies into raw articles: JSON object, array, NDJSON, plain text, and what is refused. */
class ArticleParserTest {

    private static final String MISSING_BODY = "'body' (or 'text') is required and must not be blank";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void jsonRecordKeepsEveryArticleField() {
        RawArticle article = ArticleParser.parseRecord(utf8(" {\"url\": \"https://example.org/a\", \"title\": \"T\","
                + " \"body\": \"B\", \"source\": \"S\", \"published\": \"2019-06-26\", \"language\": \"en\"}\n"));
        assertEquals(new RawArticle("https://example.org/a", "T", "B", "S", "2019-06-26", "en"), article);
    }

    @Test
    void textFieldStandsInForAMissingOrBlankBody() {
        assertEquals(
                "Hello.",
                ArticleParser.parseRecord(utf8("{\"text\": \"Hello.\"}")).body());
        assertEquals(
                "Hello.",
                ArticleParser.parseRecord(utf8("{\"body\": \"  \", \"text\": \"Hello.\"}"))
                        .body());
    }

    @Test
    void jsonNullFieldsAreAbsent() {
        RawArticle article = ArticleParser.parseRecord(utf8("{\"body\": \"B\", \"title\": null, \"url\": null}"));
        assertEquals(new RawArticle(null, null, "B", null, null, null), article);
    }

    @Test
    void objectWithoutBodyOrTextIsRejectedNamingBody() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class, () -> ArticleParser.parseRecord(utf8("{\"title\": \"T\"}")));
        assertEquals("body", e.field());
        assertEquals(MISSING_BODY, e.getMessage());
    }

    @Test
    void nonStringFieldIsRejectedNamingThatField() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class,
                () -> ArticleParser.parseRecord(utf8("{\"body\": \"B\", \"published\": 20190626}")));
        assertEquals("published", e.field());
        assertEquals("'published' must be a string", e.getMessage());
    }

    @Test
    void plainTextRecordIsTheWholeBodyWithItsFirstLineNotTakenAsTitle() {
        String text = "Russia And Turkey Sign Grain Deal\n\nMOSCOW - Russia and Turkey signed a grain deal.\n";
        assertEquals(new RawArticle(null, null, text, null, null, null), ArticleParser.parseRecord(utf8(text)));
    }

    @Test
    void plainTextKeepsNonAsciiCharacters() {
        assertEquals(
                "Z\u00fcrich and Gen\u00e8ve signed.",
                ArticleParser.parseRecord(utf8("Z\u00fcrich and Gen\u00e8ve signed."))
                        .body());
    }

    @Test
    void recordHoldingAJsonArrayIsRejected() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class, () -> ArticleParser.parseRecord(utf8("[{\"body\": \"B\"}]")));
        assertNull(e.field());
    }

    @Test
    void absentOrBlankRecordIsRejectedNamingBody() {
        assertEquals(
                "body",
                assertThrows(InvalidArticleException.class, () -> ArticleParser.parseRecord(null))
                        .field());
        assertEquals(
                "body",
                assertThrows(InvalidArticleException.class, () -> ArticleParser.parseRecord(new byte[0]))
                        .field());
        assertEquals(
                "body",
                assertThrows(InvalidArticleException.class, () -> ArticleParser.parseRecord(utf8(" \n\t ")))
                        .field());
    }

    @Test
    void malformedUtf8IsRejectedInsteadOfReplaced() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class, () -> ArticleParser.decodeUtf8(new byte[] {(byte) 0xC3, (byte) 0x28}));
        assertNull(e.field());
        assertEquals("not valid UTF-8 text", e.getMessage());
        assertThrows(
                InvalidArticleException.class,
                () -> ArticleParser.parseRecord(new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x82}));
    }

    @Test
    void validUtf8IsDecoded() {
        assertEquals("Gen\u00e8ve \u20ac", ArticleParser.decodeUtf8(utf8("Gen\u00e8ve \u20ac")));
    }

    @Test
    void brokenJsonIsRejectedAsNotValidJson() {
        InvalidArticleException e =
                assertThrows(InvalidArticleException.class, () -> ArticleParser.parseRecord(utf8("{\"body\": \"B\"")));
        assertNull(e.field());
        assertTrue(e.getMessage().startsWith("not valid JSON: "), e.getMessage());
    }

    @Test
    void nestingDeeperThanThirtyTwoLevelsIsRejectedAsNotValidJson() {
        String deep = "{\"body\": " + "[".repeat(40) + "\"x\"" + "]".repeat(40) + "}";
        InvalidArticleException e =
                assertThrows(InvalidArticleException.class, () -> ArticleParser.parseRecord(utf8(deep)));
        assertNull(e.field());
        assertTrue(e.getMessage().startsWith("not valid JSON: "), e.getMessage());
    }

    @Test
    void shallowNonStringBodyIsRejectedNamingBody() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class, () -> ArticleParser.parseRecord(utf8("{\"body\": [[\"x\"]]}")));
        assertEquals("body", e.field());
    }

    @Test
    void plainTextBodyIsOneArticleAsSent() {
        assertEquals(
                List.of(new RawArticle(null, null, "  Chile and Peru signed.\n", null, null, null)),
                ArticleParser.parseBody("  Chile and Peru signed.\n", "text/plain"));
    }

    @Test
    void blankPlainTextBodyIsRejectedNamingBody() {
        InvalidArticleException e =
                assertThrows(InvalidArticleException.class, () -> ArticleParser.parseBody("  \n", "text/plain"));
        assertEquals("body", e.field());
    }

    @Test
    void jsonObjectBodyIsOneArticle() {
        List<RawArticle> articles = ArticleParser.parseBody("{\"body\": \"B\", \"title\": \"T\"}", "application/json");
        assertEquals(List.of(new RawArticle(null, "T", "B", null, null, null)), articles);
    }

    @Test
    void jsonArrayBodyIsOneArticlePerItemInOrder() {
        List<RawArticle> articles =
                ArticleParser.parseBody("[{\"body\": \"first\"}, {\"text\": \"second\"}]", "application/json");
        assertEquals(
                List.of("first", "second"),
                articles.stream().map(RawArticle::body).toList());
    }

    @Test
    void emptyJsonArrayIsRejectedNamingBody() {
        InvalidArticleException e =
                assertThrows(InvalidArticleException.class, () -> ArticleParser.parseBody(" [] ", "application/json"));
        assertEquals("body", e.field());
        assertEquals("no articles in the request", e.getMessage());
    }

    @Test
    void invalidArrayItemIsNamedByItsIndexAndField() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class,
                () -> ArticleParser.parseBody("[{\"body\": \"B\"}, {\"title\": \"T\"}]", "application/json"));
        assertEquals("[1].body", e.field());
        assertEquals("item 1: " + MISSING_BODY, e.getMessage());
    }

    @Test
    void arrayItemThatIsNotAnObjectIsNamedByItsIndexAlone() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class,
                () -> ArticleParser.parseBody("[{\"body\": \"B\"}, 5]", "application/json"));
        assertEquals("[1]", e.field());
        assertEquals("item 1: an article must be a JSON object", e.getMessage());
    }

    @Test
    void ndjsonIsOneArticlePerNonBlankLine() {
        List<RawArticle> articles = ArticleParser.parseBody(
                "{\"body\": \"first\"}\r\n\n   \n{\"body\": \"second\"}\n", "application/x-ndjson");
        assertEquals(
                List.of("first", "second"),
                articles.stream().map(RawArticle::body).toList());
    }

    @Test
    void invalidNdjsonLineIsNamedByItsLineNumberCountingBlankLines() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class,
                () -> ArticleParser.parseBody("{\"body\": \"B\"}\n\n{\"title\": \"T\"}", "application/x-ndjson"));
        assertEquals("line 3: body", e.field());
        assertEquals("line 3: " + MISSING_BODY, e.getMessage());
    }

    @Test
    void ndjsonLineThatIsNotJsonIsNamedByItsLineNumberAlone() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class,
                () -> ArticleParser.parseBody("{\"body\": \"B\"}\nnot json", "application/x-ndjson"));
        assertEquals("line 2", e.field());
        assertTrue(e.getMessage().startsWith("line 2: not valid JSON: "), e.getMessage());
    }

    @Test
    void ndjsonWithOnlyBlankLinesIsRejectedNamingBody() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class, () -> ArticleParser.parseBody("\n  \n", "application/x-ndjson"));
        assertEquals("body", e.field());
        assertEquals("no articles in the request", e.getMessage());
    }

    @Test
    void jsonLineOfABatchFileIsOneArticle() {
        assertEquals(
                new RawArticle("https://example.org/a", null, "B", null, null, null),
                ArticleParser.fromJsonLine("{\"url\": \"https://example.org/a\", \"text\": \"B\"}"));
    }
}
