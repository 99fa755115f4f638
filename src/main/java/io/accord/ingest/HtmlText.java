package io.accord.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * The text a reader sees in HTML, by jsoup: every named and numeric entity decoded, scripts, styles and templates gone,
 * each block (paragraph, heading, list item, table row …) a paragraph of its own, a line break a line break.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "nav",
            "blockquote",
            "pre",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "table",
            "tr",
            "figure",
            "figcaption",
            "form",
            "fieldset",
            "address",
            "hr",
            "body",
            "title");
    private static final Set<String> INVISIBLE =
            Set.of("script", "style", "noscript", "template", "iframe", "svg", "head", "button", "select");
    private static final Pattern ENTITY =
            Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(\\n[ \\t]*)+");

    private HtmlText() {}

    /** Whether plain text holds an entity ("Renault&#8217;s", "AT&amp;T") that a reader would see decoded. */
    static boolean hasEntity(String text) {
        return text.indexOf('&') >= 0 && ENTITY.matcher(text).find();
    }

    /** Plain text with its entities decoded; nothing else changes. */
    static String unescape(String text) {
        return Parser.unescapeEntities(text, false);
    }

    /** The visible text of an HTML document or fragment, paragraphs separated by a blank line. */
    static String text(String html) {
        return text(Jsoup.parse(html).body());
    }

    /** The visible text of an element and what it holds. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && visible(t)) {
                    out.append(t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        out.append("\n\n");
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        });
        String spaced = SPACES.matcher(out).replaceAll(" ");
        StringBuilder lines = new StringBuilder();
        for (String line : spaced.split("\n", -1)) {
            lines.append(line.strip()).append('\n');
        }
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }

    private static boolean visible(TextNode t) {
        for (Node p = t.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && INVISIBLE.contains(e.normalName())) {
                return false;
            }
        }
        return true;
    }
}
