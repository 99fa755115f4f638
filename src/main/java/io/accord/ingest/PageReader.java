package io.accord.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a whole web page as a reader would: its metadata, then the text of its main content (or of the whole body
 * where no article stands out).
 */
final class PageReader {

    /**
     * A whole document rather than a fragment or prose that mentions a tag: it opens (after a byte-order mark, an XML
     * declaration or comments) with the doctype, {@code <html>}, {@code <head>} or {@code <body>}.
     */
    private static final Pattern DOCUMENT = Pattern.compile(
            "^\\uFEFF?\\s*(<\\?xml[^>]{0,200}>\\s*)?(<!--.*?-->\\s*)*<\\s*(!doctype\\s+html|html|head|body)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private PageReader() {}

    static boolean isPage(String text) {
        return DOCUMENT.matcher(text).lookingAt();
    }

    static WebPage read(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata metadata = MetadataReader.read(doc);
        Element main;
        try {
            main = MainContent.of(doc, url);
        } catch (Exception | LinkageError | StackOverflowError e) {
            // a page that trips the reader view is read whole rather than lost, and the stream goes on
            main = null;
        }
        String text = main != null
                ? HtmlText.text(main)
                : HtmlText.text(Jsoup.parse(html).body());
        return new WebPage(text, metadata);
    }

    record WebPage(String text, PageMetadata metadata) {}
}
