package io.accord.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main content of a page, by Readability4J (a port of Mozilla's Readability, Firefox's reader view): the article
 * without navigation, menus, banners, related stories, comments or captions. Null where it finds no article.
 *
 * <p>The port follows an older Readability; before it runs, what today's reader view also drops goes: what a reader
 * cannot see (hidden, {@code display:none}, {@code aria-hidden}), dialogs and navigation by their ARIA role, and
 * consent banners.
 */
final class MainContent {

    private static final Set<String> UNLIKELY_ROLES =
            Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
    private static final Pattern INVISIBLE_STYLE =
            Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
    private static final Pattern CONSENT = Pattern.compile("(?i)gdpr|cookie-?(banner|consent|notice)|consent-banner");

    /** Held: the port logs whole page fragments at ERROR for each link it cannot resolve, and links are not kept. */
    private static final java.util.logging.Logger PORT_LOG =
            java.util.logging.Logger.getLogger("net.dankito.readability4j");

    static {
        PORT_LOG.setLevel(java.util.logging.Level.OFF);
    }

    private MainContent() {}

    /** Changes the document: read its metadata first. */
    static Element of(Document doc, String url) {
        dropUnseen(doc);
        try {
            Article article = new Readability4J(baseUrl(url), doc).parse();
            Element content = article.getArticleContent();
            if (content != null) {
                // a caption describes a picture, not the news: "Credit Harry Campbell", "Peacekeepers at a camp …"
                content.select("figcaption").remove();
            }
            return content == null || content.text().isBlank() ? null : content;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // a page that trips the port is read whole rather than lost
            return null;
        }
    }

    /** Links in the text are not kept, but the port resolves them and logs an error for each it cannot. */
    private static String baseUrl(String url) {
        return url != null && url.matches("(?i)https?://[^\\s/]+.*") ? url : "https://article.invalid/";
    }

    static void dropUnseen(Document doc) {
        for (Element e : doc.body().select("*")) {
            // a body marked hidden (shown by script) or named for a banner is still the page
            if (e != doc.body() && e.parent() != null && unseen(e)) {
                e.remove();
            }
        }
    }

    private static boolean unseen(Element e) {
        if (e.hasAttr("hidden") || INVISIBLE_STYLE.matcher(e.attr("style")).find()) {
            return true;
        }
        if (e.attr("aria-hidden").equals("true") && !e.className().contains("fallback-image")) {
            return true;
        }
        if (UNLIKELY_ROLES.contains(e.attr("role"))) {
            return true;
        }
        return CONSENT.matcher(e.className() + " " + e.id()).find();
    }
}
