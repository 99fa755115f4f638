package io.accord.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata the way Firefox's reader view does: schema.org JSON-LD of an article type first, then the
 * Dublin Core, Open Graph, Twitter and Parse.ly meta tags, and for the title last the {@code <title>} with the site's
 * name cut off. Reads the document without changing it.
 */
final class MetadataReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A {@code property} attribute may list several space-separated properties. */
    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NAME = Pattern.compile(
            "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-.:]\\s*)?"
                    + "(author|creator|pub-date|description|title|site_name)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE_TYPE =
            Pattern.compile("^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle"
                    + "|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report"
                    + "|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting"
                    + "|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$");
    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema\\.org/?$");
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern WORD_SPLIT = Pattern.compile("\\s+");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private MetadataReader() {}

    static PageMetadata read(Document doc) {
        Map<String, String> jsonLd = jsonLd(doc);
        Map<String, String> meta = metaTags(doc);
        String title = first(
                jsonLd.get("title"),
                meta.get("dc:title"),
                meta.get("dcterm:title"),
                meta.get("og:title"),
                meta.get("weibo:article:title"),
                meta.get("weibo:webpage:title"),
                meta.get("title"),
                meta.get("twitter:title"),
                meta.get("parsely-title"));
        if (title == null) {
            title = documentTitle(doc);
        }
        String byline = first(
                jsonLd.get("byline"),
                meta.get("dc:creator"),
                meta.get("dcterm:creator"),
                meta.get("author"),
                meta.get("parsely-author"));
        String siteName = first(jsonLd.get("siteName"), meta.get("og:site_name"));
        String published =
                first(jsonLd.get("published"), meta.get("article:published_time"), meta.get("parsely-pub-date"));
        Element html = doc.selectFirst("html");
        String language = html == null ? null : blankToNull(html.attr("lang"));
        return new PageMetadata(unescape(title), unescape(byline), unescape(published), unescape(siteName), language);
    }

    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : doc.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            boolean matched = false;
            Matcher property = PROPERTY.matcher(meta.attr("property"));
            if (property.find()) {
                matched = true;
                values.put(property.group().toLowerCase(Locale.ROOT).replaceAll("\\s", ""), content);
            }
            String name = meta.attr("name");
            if (!matched && !name.isEmpty() && NAME.matcher(name).matches()) {
                values.put(name.toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':'), content);
            }
        }
        return values;
    }

    /** The first schema.org JSON-LD block that describes an article; unreadable blocks are skipped. */
    private static Map<String, String> jsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String content = script.data().strip().replaceAll("^<!\\[CDATA\\[|]]>$", "");
            JsonNode parsed;
            try {
                parsed = JSON.readTree(content);
            } catch (Exception e) {
                continue;
            }
            if (parsed == null) {
                continue;
            }
            if (parsed.isArray()) {
                parsed = findArticle(parsed);
            } else if (!schemaOrg(parsed.get("@context"))) {
                continue;
            } else if (!parsed.has("@type") && parsed.path("@graph").isArray()) {
                parsed = findArticle(parsed.get("@graph"));
            }
            if (parsed == null || !isArticle(parsed)) {
                continue;
            }
            return article(doc, parsed);
        }
        return Map.of();
    }

    private static JsonNode findArticle(JsonNode items) {
        for (JsonNode item : items) {
            if (isArticle(item)) {
                return item;
            }
        }
        return null;
    }

    private static boolean schemaOrg(JsonNode context) {
        if (context == null) {
            return false;
        }
        if (context.isTextual()) {
            return SCHEMA_ORG.matcher(context.asText()).matches();
        }
        return context.isObject()
                && SCHEMA_ORG.matcher(context.path("@vocab").asText("")).matches();
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPE.matcher(t.asText()).matches()) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPE.matcher(type.asText()).matches();
    }

    private static Map<String, String> article(Document doc, JsonNode article) {
        Map<String, String> out = new HashMap<>();
        String name = text(article.get("name"));
        String headline = text(article.get("headline"));
        if (name != null && headline != null && !name.equals(headline)) {
            // some sites put their own name in "name": take whichever matches the page's title
            String pageTitle = documentTitle(doc);
            boolean nameMatches = similarity(name, pageTitle) > 0.75;
            boolean headlineMatches = similarity(headline, pageTitle) > 0.75;
            out.put("title", headlineMatches && !nameMatches ? headline : name);
        } else if (name != null) {
            out.put("title", name.strip());
        } else if (headline != null) {
            out.put("title", headline.strip());
        }
        JsonNode author = article.get("author");
        if (author != null) {
            if (author.path("name").isTextual()) {
                out.put("byline", author.get("name").asText().strip());
            } else if (author.isArray()) {
                String names = StreamSupport.stream(author.spliterator(), false)
                        .filter(a -> a.path("name").isTextual())
                        .map(a -> a.get("name").asText().strip())
                        .collect(Collectors.joining(", "));
                if (!names.isEmpty()) {
                    out.put("byline", names);
                }
            }
        }
        if (article.path("publisher").path("name").isTextual()) {
            out.put("siteName", article.get("publisher").get("name").asText().strip());
        }
        String published = text(article.get("datePublished"));
        if (published != null) {
            out.put("published", published.strip());
        }
        return out;
    }

    /**
     * The {@code <title>} without the site's name: "Headline | Site" gives "Headline", unless that leaves too few
     * words to be a headline.
     */
    static String documentTitle(Document doc) {
        String original = doc.title().strip();
        String title = original;
        boolean hierarchical = false;
        if (SEPARATOR.matcher(title).find()) {
            hierarchical = HIERARCHICAL.matcher(title).find();
            title = original.replaceAll("(.*)[|\\-–—\\\\/>»] .*", "$1");
            if (words(title) < 3) {
                title = original.replaceAll("^[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»](.*)", "$1");
            }
        } else if (title.contains(": ")) {
            String whole = title.strip();
            boolean heading =
                    doc.select("h1, h2").stream().anyMatch(h -> h.text().strip().equals(whole));
            if (!heading) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (words(title) < 3) {
                    title = original.substring(original.indexOf(':') + 1);
                } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
                    title = original;
                }
            }
        } else if (title.length() > 150 || title.length() < 15) {
            List<Element> h1 = doc.select("h1");
            if (h1.size() == 1) {
                title = h1.get(0).text();
            }
        }
        title = title.strip().replaceAll("\\s{2,}", " ");
        int count = words(title);
        if (count <= 4 && (!hierarchical || count != words(original.replaceAll("[|\\-–—\\\\/>»]+", "")) - 1)) {
            title = original;
        }
        return blankToNull(title);
    }

    /** Share of b's text made of words that a also has (1 = same words). */
    static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        List<String> tokensA = tokens(a);
        List<String> tokensB = tokens(b);
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return 0;
        }
        Set<String> inA = Set.copyOf(tokensA);
        String uniqueB = tokensB.stream().filter(t -> !inA.contains(t)).collect(Collectors.joining(" "));
        return 1 - uniqueB.length() / (double) String.join(" ", tokensB).length();
    }

    private static List<String> tokens(String s) {
        return TOKEN_SPLIT
                .splitAsStream(s.toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .toList();
    }

    private static int words(String s) {
        return WORD_SPLIT.split(s, -1).length;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String unescape(String s) {
        return s == null ? null : blankToNull(HtmlText.unescape(s));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
