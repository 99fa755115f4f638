package io.accord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.model.NormalizedArticle;
import io.accord.model.RawArticle;
import io.accord.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {

    private final ArticleNormalizer normalizer =
            new ArticleNormalizer(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    private NormalizedArticle seed() {
        return normalizer.normalize(ArticleParser.parseRecord(Seeds.seed().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void seedMetadataComesFromTheFeedLinesAndTheDateline() {
        NormalizedArticle a = seed();
        assertEquals("Azeri Defense Industry Ministry Says To Sign Cooperation Deal With Rosoboronexport", a.title());
        assertEquals("2019-06-26", a.published());
        assertEquals("UrduPoint", a.source());
        assertEquals("PATRIOT PARK", a.dateline().place());
        assertEquals("2019-06-25", a.dateline().date());
        assertEquals("UrduPoint News / Sputnik", a.dateline().agency());
        assertEquals("en", a.language());
        assertEquals("2026-01-01T00:00:00Z", a.receivedAt());
    }

    @Test
    void seedBodyLosesPageBoilerplate() {
        String body = seed().body();
        assertFalse(body.contains("date 2019-06-26 UrduPoint.com"));
        assertFalse(body.contains("Sumaira FH 2 minutes ago"));
        assertFalse(body.contains("Says to Sign Cooperation Deal"), "the repeated headline is removed");
        assertFalse(body.contains("PATRIOT PARK (UrduPoint"), "the dateline is parsed out of the body");
        assertTrue(
                body.startsWith("Azerbaijan's Ministry of Defense Industry met with Russian state arms exporter"),
                body);
        assertEquals(
                1,
                body.split("Azerbaijan's Ministry of Defense Industry met with", -1).length - 1,
                "the teaser above the lead is dropped");
        assertTrue(body.endsWith(
                "Rossiya Segodnya International Information Agency is an official media partner of the forum."));
    }

    @Test
    void idIsStableForTheSameArticle() {
        assertEquals(seed().id(), seed().id());
        String a = normalizer
                .normalize(new RawArticle(
                        "https://www.example.org/a/b/?utm_source=x&id=3", null, "Text one.", null, null, null))
                .id();
        String b = normalizer
                .normalize(new RawArticle("https://example.org/a/b?id=3#top", null, "Text changed.", null, null, null))
                .id();
        assertEquals(a, b, "the canonical URL decides");
        String c = normalizer
                .normalize(new RawArticle(null, null, "Some   text.", null, null, null))
                .id();
        String d = normalizer
                .normalize(new RawArticle(null, null, "Some text.", null, null, null))
                .id();
        assertEquals(c, d, "without a URL the normalised text decides");
        assertNotEquals(
                c,
                normalizer
                        .normalize(new RawArticle(null, null, "Other text.", null, null, null))
                        .id());
        assertTrue(a.startsWith("art_"));
    }

    @Test
    void aWebPagesMetadataFillsWhatTheMessageLacks() {
        String page = "<!doctype html><html lang=\"en-US\"><head><title>Ignored | Site</title>"
                + "<meta property=\"og:title\" content=\"Fiat and GM end their alliance\">"
                + "<meta property=\"og:site_name\" content=\"The Paper\"><meta name=\"author\" content=\"Jo Doe\">"
                + "<meta property=\"article:published_time\" content=\"2005-02-13T22:10:00-05:00\"></head><body>"
                + "<nav><a href=/>Home</a> <a href=/business>Business</a></nav><article>"
                + "<p>Fiat and General Motors agreed on Sunday to end their five-year alliance, with GM paying the"
                + " Italian carmaker 1.55 billion euros to be released from an option to buy it.</p>"
                + "<p>The settlement ends a dispute over whether GM was obliged to buy the rest of Fiat Auto, which"
                + " has lost money for years, and lets both companies plan their futures apart.</p></article></body></html>";
        NormalizedArticle a = normalizer.normalize(new RawArticle(null, null, page, null, null, null));
        assertEquals("Fiat and GM end their alliance", a.title());
        assertEquals("The Paper", a.source());
        assertEquals("Jo Doe", a.byline());
        assertEquals("2005-02-13", a.published());
        assertEquals("en", a.language());
        assertTrue(a.body().startsWith("Fiat and General Motors agreed on Sunday"), a.body());
        assertFalse(a.body().contains("Home"), a.body());

        NormalizedArticle given = normalizer.normalize(
                new RawArticle("https://p.example/fiat", "Given title", page, "Given source", "2005-02-14", "en"));
        assertEquals("Given title", given.title());
        assertEquals("Given source", given.source());
        assertEquals("2005-02-14", given.published());
    }

    @Test
    void metadataHasNoControlCharactersAndALanguageFitsItsColumn() {
        NormalizedArticle a = normalizer.normalize(new RawArticle(
                null,
                "A\u0000B agree",
                "Fiat and GM end their alliance.",
                " ",
                null,
                "Simplified Chinese Traditional"));
        assertEquals("A B agree", a.title());
        assertEquals(null, a.source());
        assertTrue(a.language().length() <= 16, a.language());
    }

    @Test
    void aLanguageIsItsPrimaryTag() {
        NormalizedArticle a = normalizer.normalize(
                new RawArticle(null, null, "Fiat and GM end their alliance.", null, null, "en-GB"));
        assertEquals("en", a.language());
    }

    @Test
    void htmlIsStrippedAndTextIsNfc() {
        NormalizedArticle a = normalizer.normalize(new RawArticle(
                null,
                "T",
                "<html><head><script>var x=1;</script></head><body><p>Caf\u0065\u0301 &amp; bar</p><p>Second</p></body></html>",
                null,
                null,
                null));
        assertEquals("Caf\u00e9 & bar\n\nSecond", a.body());
    }

    @Test
    void agencyDatelinesAreParsed() {
        NormalizedArticle a = normalizer.normalize(new RawArticle(
                null,
                "T",
                "MOSCOW, June 25 (Reuters) - Russia and Turkey agreed on Tuesday to extend the deal.",
                null,
                "2019-06-26",
                null));
        assertEquals("MOSCOW", a.dateline().place());
        assertEquals("2019-06-25", a.dateline().date());
        assertEquals("Reuters", a.dateline().agency());
        assertTrue(a.body().startsWith("Russia and Turkey agreed"));
    }

    @Test
    void invalidInputIsRejectedWithTheField() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class,
                () -> ArticleParser.parseRecord("{\"body\": \"   \"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("body", e.field());
        e = assertThrows(
                InvalidArticleException.class,
                () -> normalizer.normalize(new RawArticle(null, null, "Text.", null, "not a date", null)));
        assertEquals("published", e.field());
        assertThrows(InvalidArticleException.class, () -> ArticleParser.parseRecord(new byte[] {(byte) 0xff, 'a'}));
        assertThrows(
                InvalidArticleException.class,
                () -> ArticleParser.parseRecord(
                        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]".getBytes(StandardCharsets.UTF_8)));
    }

    private static final String WIRE = String.join(
            "\n",
            "HARBOUR MILLS <HBM> TO SELL UNIT TO <Lakeside Grain Co>",
            "    PORTLAND, Ore., April 7 - Harbour Mills Inc <HBM> said it",
            "agreed to sell its feed division to privately held <Lakeside",
            "Grain Co> for about 12 mln dlrs in cash.",
            "    The company said the sale is subject to approval by its",
            "lenders and is expected to close in June.",
            "             Price   Volume",
            " Wheat       2.55    1,200",
            " Reuter");

    @Test
    void wireCopyIsUnwrappedIntoItsParagraphs() {
        NormalizedArticle a = normalizer.normalize(new RawArticle(
                null, "HARBOUR MILLS <HBM> TO SELL UNIT TO <Lakeside Grain Co>", WIRE, null, "1987-04-07", null));
        assertEquals("HARBOUR MILLS TO SELL UNIT TO Lakeside Grain Co", a.title());
        String[] paragraphs = a.body().split("\n\n");
        assertEquals(
                "Harbour Mills Inc said it agreed to sell its feed division to privately held Lakeside Grain Co for about "
                        + "12 mln dlrs in cash.",
                paragraphs[0]);
        assertEquals(
                "The company said the sale is subject to approval by its lenders and is expected to close in June.",
                paragraphs[1]);
        // table rows stay rows, never joined into a sentence
        assertEquals("Price Volume", paragraphs[2]);
        assertEquals("Wheat 2.55 1,200", paragraphs[3]);
        assertEquals("PORTLAND", a.dateline().place());
        assertEquals("1987-04-07", a.dateline().date());
    }

    @Test
    void proseWithOneParagraphPerLineIsNotJoined() {
        String text =
                "Talks resume next week\n\nThe two unions said on Monday that they would return to the table after a week in which "
                        + "neither side had moved on pay.\nA spokesman for the employers said a new offer would be tabled.\nShort line.";
        NormalizedArticle a = normalizer.normalize(new RawArticle(null, null, text, null, null, null));
        assertEquals(3, a.body().split("\n\n").length, a.body());
    }

    @Test
    void tickerTagsGoAndBracketedNamesStay() {
        assertEquals("Financial branch", ArticleNormalizer.wireTags("Financial <FSSL> branch"));
        assertEquals("BAT Industries said", ArticleNormalizer.wireTags("BAT Industries <BTI.L> said"));
        assertEquals(
                "the sale to Crowley Maritime Corp's unit",
                ArticleNormalizer.wireTags("the sale to <Crowley Maritime Corp>'s unit"));
        assertEquals("if a < b and c > d", ArticleNormalizer.wireTags("if a < b and c > d"));
    }

    @Test
    void collapseDoesWhatTheRegexItReplacedDid() {
        for (String s : new String[] {
            "",
            " ",
            "a",
            "  a  b  ",
            "a\tb\n\nc",
            "a\u00A0\u00A0b",
            "\u2003a b\u2003",
            "a\u000B\fb\r\n",
            "x \u00A0 \t y",
            "\u00A0a\u00A0"
        }) {
            assertEquals(
                    s.replaceAll("[\\s\\u00A0]+", " ").strip(),
                    ArticleNormalizer.collapse(s),
                    "collapse of [" + s + "]");
        }
    }
}
