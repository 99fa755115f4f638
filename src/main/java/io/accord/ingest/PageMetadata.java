package io.accord.ingest;

/**
 * What a web page says about its article, from its {@code og:}, {@code article:}, Dublin Core and Twitter meta tags,
 * its schema.org JSON-LD and its {@code <title>}: any of them may be null.
 *
 * @param published as the page gives it, e.g. {@code 2015-07-24T05:36:09+01:00}
 * @param language the page's {@code lang}, e.g. {@code en-US}
 */
public record PageMetadata(String title, String byline, String published, String siteName, String language) {

    static final PageMetadata NONE = new PageMetadata(null, null, null, null, null);
}
