package io.accord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.model.NormalizedArticle;
import io.accord.model.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page of Mozilla Readability's test suite (130 real pages with the article Firefox's reader view extracts)
 * read through the normaliser as ingest reads it: main text, title, published date, and nothing of the markup left in
 * them or in the parties and evidence extracted from them.
 */
class WebPagesTest {

    private static final Path PAGES = Path.of("../shared/web-pages/pages");
    /** The real news sites among the pages, which must each read well. */
    private static final Pattern NEWS = Pattern.compile(
            "^(bbc|cnn|guardian|nytimes|wapo|telegraph|yahoo|lemonde|seattletimes|herald-sun|breitbart|buzzfeed|msn"
                    + "|salon)(-\\d+)?$");

    private static final Pattern ENTITY =
            Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern SCRIPT = Pattern.compile(
            "function\\s*\\(\\)|\\bvar\\s+\\w+\\s*=|document\\.(write|getElementById)|window\\.\\w+\\s*="
                    + "|[.#][\\w-]+\\s*\\{\\s*[\\w-]+\\s*:");

    record Read(String page, NormalizedArticle article, String expected, JsonNode metadata) {}

    private static final List<Read> READS = new ArrayList<>();

    @BeforeAll
    static void readEveryPage() throws Exception {
        assumeTrue(Files.isDirectory(PAGES), "needs ../shared/web-pages beside the clone");
        ArticleNormalizer normalizer = new ArticleNormalizer(Clock.systemUTC());
        ObjectMapper json = new ObjectMapper();
        List<Path> pages;
        try (Stream<Path> s = Files.list(PAGES)) {
            pages = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path page : pages) {
            NormalizedArticle article = normalizer.normalize(
                    new RawArticle(null, null, Files.readString(page.resolve("source.html")), null, null, null));
            org.jsoup.nodes.Document expectedPage = Jsoup.parse(Files.readString(page.resolve("expected.html")));
            // Readability keeps pictures' captions; the article Accord reads has none
            expectedPage.select("figcaption").remove();
            String expected = expectedPage.text();
            READS.add(new Read(
                    page.getFileName().toString(),
                    article,
                    expected,
                    json.readTree(page.resolve("expected-metadata.json").toFile())));
        }
        assertEquals(130, READS.size());
    }

    @Test
    void theMainTextIsTheArticleTheReaderViewShows() {
        double sum = 0;
        List<String> weakNews = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        int news = 0;
        for (Read read : READS) {
            double f1 = shingleF1(read.article().body(), read.expected());
            sum += f1;
            report.append(String.format(Locale.ROOT, "%s %.2f%n", read.page(), f1));
            if (NEWS.matcher(read.page()).matches()) {
                news++;
                if (f1 < 0.90) {
                    weakNews.add(read.page() + " " + f1);
                }
            }
        }
        double mean = sum / READS.size();
        System.out.printf(Locale.ROOT, "web pages: mean 4-gram F1 %.3f over %d pages%n", mean, READS.size());
        assertEquals(22, news, "the news pages named in the issue");
        assertTrue(mean >= 0.90, "mean F1 " + mean + "\n" + report);
        assertTrue(weakNews.isEmpty(), "news pages under 0.90: " + weakNews);
    }

    @Test
    void theTitleIsThePagesTitle() {
        List<String> wrong = new ArrayList<>();
        for (Read read : READS) {
            String want = spaces(read.metadata().path("title").asText(""));
            String got =
                    spaces(read.article().title() == null ? "" : read.article().title());
            if (!want.equals(got)) {
                wrong.add(read.page() + ": [" + got + "] for [" + want + "]");
            }
        }
        System.out.printf("web pages: titles %d/%d%n", READS.size() - wrong.size(), READS.size());
        assertTrue(wrong.size() <= READS.size() * 0.05, "titles wrong: " + wrong);
    }

    @Test
    void thePublishedDateIsThePagesWhereItHasOne() {
        int dated = 0;
        for (Read read : READS) {
            JsonNode published = read.metadata().get("publishedTime");
            if (published != null && published.isTextual()) {
                dated++;
                assertEquals(published.asText().substring(0, 10), read.article().published(), read.page());
            }
        }
        assertEquals(33, dated);
    }

    @Test
    void noEntityTagOrScriptSurvives() {
        List<String> found = new ArrayList<>();
        io.accord.extraction.Extractor extractor = new io.accord.extraction.Extractor();
        int events = 0;
        for (Read read : READS) {
            String expected = spaces(read.expected());
            List<String> fields = new ArrayList<>();
            fields.add(read.article().body());
            fields.add(read.article().title());
            fields.add(read.article().byline());
            // and what extraction makes of the page: every party and piece of evidence
            if (io.accord.extraction.Extractor.supports(read.article().language())) {
                for (var event : extractor.extract(read.article())) {
                    events++;
                    event.parties().forEach(p -> fields.add(p.name()));
                    event.evidence().forEach(e -> fields.add(e.text()));
                }
            }
            for (String field : fields) {
                if (field == null) {
                    continue;
                }
                for (Pattern markup : List.of(ENTITY, TAG, SCRIPT)) {
                    Matcher m = markup.matcher(field);
                    while (m.find()) {
                        // text that the article itself shows, as a page about HTML does, is the article
                        if (!expected.contains(spaces(m.group()))) {
                            found.add(read.page() + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
        System.out.printf("web pages: %d events extracted, no markup in them%n", events);
    }

    static double shingleF1(String got, String want) {
        Set<String> a = shingles(got);
        Set<String> b = shingles(want);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        double p = a.isEmpty() ? 0 : both.size() / (double) a.size();
        double r = b.isEmpty() ? 0 : both.size() / (double) b.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Word 4-grams; a text of fewer than four words is its set of words. */
    static Set<String> shingles(String text) {
        String[] w = Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(s -> !s.isEmpty())
                .toArray(String[]::new);
        Set<String> out = new HashSet<>();
        if (w.length < 4) {
            out.addAll(List.of(w));
        }
        for (int i = 0; i + 4 <= w.length; i++) {
            out.add(String.join(" ", w[i], w[i + 1], w[i + 2], w[i + 3]));
        }
        return out;
    }

    private static String spaces(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
