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

import io.accord.extraction.Extractor;
import io.accord.ingest.ArticleNormalizer;
import io.accord.model.NormalizedArticle;
import io.accord.model.RawArticle;

/**
 * Extraction throughput on ~4 KB news articles: the seed article and articles composed from news-like sentences.
 * Prints articles/s and KB/s, in total and per thread. A benchmark, not a test: it asserts nothing.
 *
 * usage (after mvn package): java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" bench/ExtractionBenchmark.java [articles] [threads]
 */
public class ExtractionBenchmark {

    static final String[] SIDES = { "Russia", "China", "India", "Brazil", "Germany", "France", "Japan", "Turkey",
            "Egypt", "Kenya", "Mexico", "Canada", "Australia", "Indonesia", "Nigeria", "Saudi Arabia", "Iran",
            "South Korea", "Vietnam", "Poland", "Boeing", "Airbus", "Gazprom", "Rosatom", "Siemens", "Huawei",
            "Azerbaijan's Ministry of Defense Industry", "the European Union", "NATO", "the African Union" };
    static final String[] AGREEMENTS = {
            "%s and %s signed a defence cooperation agreement on Tuesday, officials said.",
            "%s agreed to supply liquefied natural gas to %s under a 20-year contract worth $12 billion.",
            "Negotiators from %s and %s held talks in Geneva on a ceasefire, but no deal was reached.",
            "%s's deal with %s to build a nuclear power plant is expected to be signed next month.",
            "%s rejected a proposal from %s to extend the grain corridor, the foreign ministry said.",
            "%s and %s announced a joint venture to produce electric vehicle batteries.",
            "The memorandum of understanding between %s and %s covers trade, investment and tourism." };
    static final String[] FILLER = {
            "The announcement came after months of preparation by both governments and several rounds of consultations.",
            "Analysts said the move could reshape regional energy markets over the coming decade.",
            "Shares of several regional companies rose sharply in early trading on the news.",
            "The ministry did not disclose further financial details of the arrangement.",
            "Opposition lawmakers criticised the government for the lack of transparency in the process.",
            "Officials expect the first deliveries to begin before the end of the year, according to the statement.",
            "The two economies have expanded their trade significantly since 2015, official figures show.",
            "Critics warned that the project could face environmental and legal challenges in the courts.",
            "The president is scheduled to travel abroad later this month for a series of meetings.",
            "Local media reported that the talks were held behind closed doors at the presidential palace." };

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        ArticleNormalizer normalizer = new ArticleNormalizer(Clock.systemUTC());
        List<NormalizedArticle> articles = new ArrayList<>();
        Path seed = Path.of("seeds/000_7342f1c551cf0f21.txt");
        Random random = new Random(42);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String body = i % 10 == 0 && Files.exists(seed) ? Files.readString(seed) + "\n\n" + compose(random, 6) : compose(random, 30);
            NormalizedArticle a = normalizer.normalize(new RawArticle("https://example.org/bench/" + i, "Article " + i, body, "Bench", "2024-05-10", "en"));
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
        System.out.printf("machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf("models and gazetteer loaded in %.2f s%n", load);
        System.out.printf("%d articles, %.1f KB average, %d events, %d threads%n", n, bytes / 1024.0 / n, events.get(), threads);
        System.out.printf("throughput: %.0f articles/s, %.0f KB/s (%.2f MB/s)%n", n / seconds, bytes / 1024.0 / seconds, bytes / 1e6 / seconds);
        System.out.printf("per thread: %.0f articles/s, %.0f KB/s%n", n / seconds / threads, bytes / 1024.0 / seconds / threads);
    }

    static String compose(Random random, int sentences) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 4000) {
            for (int s = 0; s < sentences && sb.length() < 4000; s++) {
                if (s % 4 == 0) {
                    String a = SIDES[random.nextInt(SIDES.length)];
                    String b = SIDES[random.nextInt(SIDES.length)];
                    sb.append(String.format(AGREEMENTS[random.nextInt(AGREEMENTS.length)], a, b));
                } else {
                    sb.append(FILLER[random.nextInt(FILLER.length)]);
                }
                sb.append(s % 3 == 2 ? "\n\n" : " ");
            }
        }
        return sb.toString().strip();
    }
}
