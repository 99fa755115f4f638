import io.accord.ingest.ArticleNormalizer;
import io.accord.model.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What ingest reads from real web pages (Mozilla Readability's test pages), against the article a reader view
 * extracts: 4-gram shingle precision, recall and F1 of the normalised body against expected.html's text, per page and
 * on average (issue #29). Prints numbers; asserts nothing.
 *
 * <pre>
 * java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" bench/WebPages.java ../shared/web-pages/pages
 * </pre>
 */
public class WebPages {
    public static void main(String[] args) throws Exception {
        ArticleNormalizer normalizer = new ArticleNormalizer(Clock.systemUTC());
        List<Path> pages;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            pages = s.filter(Files::isDirectory).sorted().toList();
        }
        double sumF = 0;
        int n = 0;
        for (Path page : pages) {
            Path source = page.resolve("source.html");
            Path expected = page.resolve("expected.html");
            if (!Files.exists(source) || !Files.exists(expected)) {
                continue;
            }
            String read = body(normalizer, Files.readString(source));
            String wanted = body(normalizer, "<html><body>" + Files.readString(expected) + "</body></html>");
            Set<String> got = shingles(read);
            Set<String> want = shingles(wanted);
            Set<String> both = new HashSet<>(got);
            both.retainAll(want);
            double p = got.isEmpty() ? 0 : both.size() / (double) got.size();
            double r = want.isEmpty() ? 0 : both.size() / (double) want.size();
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf(
                    "%-45s P %.2f R %.2f F1 %.2f  (%d words read, %d expected)%n",
                    page.getFileName(), p, r, f, words(read), words(wanted));
            sumF += f;
            n++;
        }
        System.out.printf("RESULT pages=%d mean_shingle_f1=%.3f%n", n, sumF / n);
    }

    static String body(ArticleNormalizer normalizer, String html) {
        try {
            return normalizer
                    .normalize(new RawArticle(null, null, html, null, null, null))
                    .body();
        } catch (RuntimeException e) {
            return "";
        }
    }

    static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    static Set<String> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= w.length; i++) {
            out.add(String.join(" ", w[i], w[i + 1], w[i + 2], w[i + 3]));
        }
        return out;
    }
}
