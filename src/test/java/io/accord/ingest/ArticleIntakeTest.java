package io.accord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.model.NormalizedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way in is limited, parsed, normalised and counted alike; a refused request counts once. */
class ArticleIntakeTest {

    private final List<String> counted = new ArrayList<>();
    private final ArticleIntake intake =
            new ArticleIntake(new ArticleNormalizer(Clock.systemUTC()), 200, new Counter());

    private final class Counter implements ArticleIntake.Counts {
        @Override
        public void received(String via, int articles) {
            counted.add(via + " received " + articles);
        }

        @Override
        public void refused(String via, InvalidArticleException why) {
            counted.add(via + " refused " + why.getClass().getSimpleName());
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRecordIsOneNormalisedArticle() {
        NormalizedArticle a =
                intake.record(utf8("{\"title\": \"Pact\", \"body\": \"Chile and Peru signed.\"}"), "kafka");
        assertEquals("Chile and Peru signed.", a.body());
        assertEquals(List.of("kafka received 1"), counted);
    }

    @Test
    void aRecordOverTheLimitIsRefusedUnreadWithItsSize() {
        byte[] big = utf8("{\"body\": \"" + "x".repeat(300) + "\"}");
        ArticleTooLargeException e = assertThrows(ArticleTooLargeException.class, () -> intake.record(big, "kafka"));
        assertEquals("record of " + big.length + " bytes exceeds the limit of 200", e.getMessage());
        assertEquals("body", e.field());
        assertEquals(List.of("kafka received 1", "kafka refused ArticleTooLargeException"), counted);
    }

    @Test
    void aBodyOfSeveralArticlesCountsEach() {
        List<NormalizedArticle> articles =
                intake.body(utf8("{\"body\": \"one\"}\n{\"body\": \"two\"}\n"), "application/x-ndjson", null, "http");
        assertEquals(
                List.of("one", "two"),
                articles.stream().map(NormalizedArticle::body).toList());
        assertEquals(List.of("http received 2"), counted);
    }

    @Test
    void aBodyWithOneBadArticleIsRefusedWholeAndCountedOnce() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class,
                () -> intake.body(
                        utf8("[{\"body\": \"one\"}, {\"title\": \"no body\"}]"), "application/json", null, "http"));
        assertEquals("[1].body", e.field());
        assertEquals(List.of("http received 1", "http refused InvalidArticleException"), counted);
    }

    @Test
    void aBodyInAnotherCharsetIsDecodedInIt() {
        byte[] latin1 = "Zürich".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(
                "Zürich",
                intake.body(latin1, "text/plain", "ISO-8859-1", "http").get(0).body());
    }

    @Test
    void anUnknownCharsetIsRefused() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class, () -> intake.body(utf8("x"), "text/plain", "no-such-charset", "http"));
        assertEquals("unknown charset 'no-such-charset'", e.getMessage());
    }

    @Test
    void aBatchLineAndAWholeTextFileAreArticlesToo() {
        assertEquals(
                "Chile and Peru signed.",
                intake.line("{\"text\": \"Chile and Peru signed.\"}", "batch").body());
        NormalizedArticle file = intake.text("Chile and Peru sign pact\n\nChile and Peru signed a pact.\n", "batch");
        assertEquals("Chile and Peru sign pact", file.title());
        assertEquals(List.of("batch received 1", "batch received 1"), counted);
    }

    @Test
    void aWebPageReadsTheSameWayByKafkaAndHttpInTheCharsetItDeclares() {
        ArticleIntake pages = new ArticleIntake(new ArticleNormalizer(Clock.systemUTC()), 1 << 20, new Counter());
        byte[] page = ("<!DOCTYPE html><html lang=\"de\"><head><meta http-equiv=\"Content-Type\""
                        + " content=\"text/html; charset=ISO-8859-1\"><title>Fusion der Mühlen | Zeitung</title></head>"
                        + "<body><nav>Startseite</nav><article><p>Die Müller AG und die Bäcker GmbH einigten sich am"
                        + " Montag auf eine Fusion, wie beide Unternehmen in München mitteilten.</p><p>Die Behörden"
                        + " müssen noch zustimmen; der Abschluss wird für das Frühjahr erwartet.</p></article></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        NormalizedArticle byKafka = pages.record(page, "kafka");
        NormalizedArticle byHttp = pages.body(page, "text/html", null, "http").get(0);
        assertEquals(byKafka.body(), byHttp.body());
        assertEquals("Fusion der Mühlen | Zeitung", byKafka.title());
        assertEquals("de", byKafka.language());
        assertTrue(byKafka.body().startsWith("Die Müller AG und die Bäcker GmbH"), byKafka.body());
        // a charset the request names wins over the page's own
        InvalidArticleException wrong =
                assertThrows(InvalidArticleException.class, () -> pages.body(page, "text/html", "utf-8", "http"));
        assertEquals("not valid UTF-8 text", wrong.getMessage());
    }

    @Test
    void aPageInsideJsonIsUtf8WhateverItDeclaresAndLatin1IsReadAsBrowsersReadIt() {
        ArticleIntake pages = new ArticleIntake(new ArticleNormalizer(Clock.systemUTC()), 1 << 20, new Counter());
        String page = "<!doctype html><html><head><meta http-equiv=\\\"Content-Type\\\" content=\\\"text/html;"
                + " charset=windows-1252\\\"><title>Caf\u00e9 owners agree to merge their chains</title></head><body><p>The"
                + " caf\u00e9 owners agreed on Monday to merge their two chains, the companies said.</p></body></html>";
        byte[] json = ("{\"body\": \"" + page + "\"}").getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "Café owners agree to merge their chains",
                pages.record(json, "kafka").title());

        // a page that says Latin-1 means windows-1252, whose 0x92 is a right quote
        byte[] latin1 =
                "<html><head><meta charset=\"iso-8859-1\"><title>x</title></head><body><p>The board didn\u2019t agree to the merger of the two chains.</p></body></html>"
                        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertTrue(pages.record(latin1, "kafka").body().contains("didn’t agree"));
    }

    @Test
    void proseThatMentionsATagIsNotAPage() {
        ArticleIntake pages = new ArticleIntake(new ArticleNormalizer(Clock.systemUTC()), 1 << 20, new Counter());
        NormalizedArticle prose = pages.record(
                ("Publishers agree on a new web standard\n\nLONDON, May 2 (Reuters) - Sites must add a tag in the <head>"
                                + " of each page under the standard the publishers agreed on Tuesday.\nThe rule applies"
                                + " from June.")
                        .getBytes(StandardCharsets.UTF_8),
                "kafka");
        assertEquals("Publishers agree on a new web standard", prose.title());
        assertEquals("LONDON", prose.dateline().place());
    }
}
