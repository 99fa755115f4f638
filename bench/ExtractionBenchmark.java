import io.accord.extraction.Extractor;
import io.accord.ingest.ArticleNormalizer;
import io.accord.model.NormalizedArticle;
import io.accord.model.RawArticle;
import io.accord.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Extraction throughput on news articles: the seed article and ~3 KB articles composed from news-like sentences.
 * Prints articles/s and KB/s, in total and per thread. A benchmark, not a test: it asserts nothing.
 *
 * usage (after mvn package, which also compiles the test corpus):
 *   java -cp "target/test-classes:target/quarkus-app/app/*:target/quarkus-app/lib/main/*" bench/ExtractionBenchmark.java [articles] [threads]
 */
public class ExtractionBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1
                ? Integer.parseInt(args[1])
                : Runtime.getRuntime().availableProcessors();
        ArticleNormalizer normalizer = new ArticleNormalizer(Clock.systemUTC());
        List<NormalizedArticle> articles = new ArrayList<>();
        Path seed = Path.of("seeds/000_7342f1c551cf0f21.txt");
        Random random = new Random(42);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String body = i % 10 == 0 && Files.exists(seed)
                    ? Files.readString(seed) + "\n\n" + Corpus.article(random)
                    : Corpus.article(random);
            NormalizedArticle a = normalizer.normalize(new RawArticle(
                    "https://example.org/bench/" + i, "Article " + i, body, "Bench", "2024-05-10", "en"));
            articles.add(a);
            bytes += a.body().length();
        }
        long t0 = System.nanoTime();
        Extractor extractor = new Extractor();
        double load = (System.nanoTime() - t0) / 1e9;
        // warm-up: the JIT needs a few hundred articles before the numbers settle
        for (int i = 0; i < Math.min(300, n); i++) {
            extractor.extract(articles.get(i));
        }
        AtomicLong events = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                for (int i = offset; i < articles.size(); i += threads) {
                    events.addAndGet(extractor.extract(articles.get(i)).size());
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(
                "machine: %d cores, %s %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        System.out.printf("models and gazetteer loaded in %.2f s%n", load);
        System.out.printf(
                "%d articles, %.1f KB average, %d events, %d threads%n", n, bytes / 1024.0 / n, events.get(), threads);
        System.out.printf(
                "throughput: %.0f articles/s, %.0f KB/s (%.2f MB/s)%n",
                n / seconds, bytes / 1024.0 / seconds, bytes / 1e6 / seconds);
        System.out.printf(
                "per thread: %.0f articles/s, %.0f KB/s%n", n / seconds / threads, bytes / 1024.0 / seconds / threads);
    }
}
