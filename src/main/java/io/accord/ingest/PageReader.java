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

    /** A whole document rather than a fragment of markup. */
    private static final Pattern DOCUMENT = Pattern.compile("(?i)<\\s*(!doctype|html|head|body)\\b");

    private PageReader() {}

    static boolean isPage(String text) {
        return DOCUMENT.matcher(text).find();
    }

    static WebPage read(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata metadata = MetadataReader.read(doc);
        Element main = MainContent.of(doc, url);
        String text = main != null
                ? HtmlText.text(main)
                : HtmlText.text(Jsoup.parse(html).body());
        return new WebPage(text, metadata);
    }

    record WebPage(String text, PageMetadata metadata) {}
}
