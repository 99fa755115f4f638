package io.accord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private static PageMetadata read(String html) {
        return MetadataReader.read(Jsoup.parse(html));
    }

    @Test
    void jsonLdOfAnArticleComesFirst() {
        PageMetadata m = read("<html lang=\"en-GB\"><head><title>Other | Site</title>"
                + "<meta property=\"og:title\" content=\"OG title\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Fiat and GM end their alliance\",\"datePublished\":\"2005-02-13T10:00:00Z\","
                + "\"author\":[{\"name\":\"Ann Smith\"},{\"name\":\"Bo Lee\"}],\"publisher\":{\"name\":\"Wire\"}}"
                + "</script></head><body></body></html>");
        assertEquals("Fiat and GM end their alliance", m.title());
        assertEquals("Ann Smith, Bo Lee", m.byline());
        assertEquals("2005-02-13T10:00:00Z", m.published());
        assertEquals("Wire", m.siteName());
        assertEquals("en-GB", m.language());
    }

    @Test
    void jsonLdThatIsNotAnArticleOrNotSchemaOrgIsIgnored() {
        PageMetadata m = read("<head><title>A long enough headline here</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"WebSite\","
                + "\"name\":\"Site\"}</script>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://example.org\",\"@type\":\"Article\","
                + "\"name\":\"Wrong\"}</script><script type=\"application/ld+json\">{not json</script></head>");
        assertEquals("A long enough headline here", m.title());
    }

    @Test
    void anArticleInAGraphIsFound() {
        PageMetadata m = read("<script type=\"application/ld+json\">{\"@context\":\"http://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"name\":\"Page\"},{\"@type\":\"Article\",\"name\":\"Pact signed\","
                + "\"datePublished\":\"2011-03-02\"}]}</script>");
        assertEquals("Pact signed", m.title());
        assertEquals("2011-03-02", m.published());
    }

    @Test
    void metaTagsInTheirOrderOfPreference() {
        PageMetadata m = read("<head><title>Ignored title of the page</title>"
                + "<meta name=\"twitter:title\" content=\"Twitter\"><meta property=\"og:title\" content=\"Open &amp; Graph\">"
                + "<meta property=\"og:site_name\" content=\"The Paper\"><meta name=\"author\" content=\"Jo Doe\">"
                + "<meta property=\"article:published_time\" content=\"2012-07-01T09:00:00+02:00\"></head>");
        assertEquals("Open & Graph", m.title());
        assertEquals("The Paper", m.siteName());
        assertEquals("Jo Doe", m.byline());
        assertEquals("2012-07-01T09:00:00+02:00", m.published());
    }

    @Test
    void aPropertyMayListSeveral() {
        PageMetadata m = read("<meta property=\"dc:title og:title\" content=\"Preferred title\">");
        assertEquals("Preferred title", m.title());
    }

    @Test
    void theSitesNameIsCutFromTheDocumentTitle() {
        assertEquals(
                "Verizon agrees to buy MCI for $6.7bn",
                read("<title>Verizon agrees to buy MCI for $6.7bn | BBC News</title>")
                        .title());
        assertEquals(
                "Lorem ipsum dolor sit amet",
                read("<title>Lorem ipsum dolor sit amet – My website</title>").title());
        // too few words left: the whole title stays
        assertEquals(
                "Pact signed | Site", read("<title>Pact signed | Site</title>").title());
    }

    @Test
    void aPageWithoutMetadataHasNone() {
        PageMetadata m = read("<p>text</p>");
        assertNull(m.title());
        assertNull(m.byline());
        assertNull(m.published());
        assertNull(m.siteName());
        assertNull(m.language());
    }
}
