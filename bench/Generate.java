import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.testing.Corpus;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Writes N news-like articles of about 4 KB as JSONL, usable by both the batch command and the articles topic:
 * {"id", "url", "title", "source", "published", "text"}. Every tenth article starts with the seed article; the rest
 * are composed from news-like sentences by the test corpus, with an agreement in every twelfth sentence. URLs carry TAG, so that runs never share article ids.
 *
 * usage: java -cp "target/test-classes:target/quarkus-app/lib/main/*" bench/Generate.java N OUT.jsonl [TAG]
 */
public class Generate {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        String tag = args.length > 2 ? args[2] : Long.toString(System.currentTimeMillis(), 36);
        String seed = Files.readString(Path.of("seeds/000_7342f1c551cf0f21.txt"));
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(42);
        long bytes = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                // about three agreements in a 4 KB article, as in agreement news; the seed has its own
                String body = i % 10 == 0
                        ? seed + "\n\n" + Corpus.article(random, 4000 - seed.length(), 12)
                        : Corpus.article(random, 4000, 12);
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("id", "bench-" + i);
                a.put("url", "https://example.org/bench/" + tag + "/" + i);
                a.put("title", "Agreements roundup " + (i + 1));
                a.put("source", "Bench Wire");
                a.put("published", LocalDate.of(2024, 1, 1).plusDays(i % 700).toString());
                a.put("text", body);
                bytes += body.getBytes(StandardCharsets.UTF_8).length;
                w.write(json.writeValueAsString(a));
                w.write('\n');
            }
        }
        System.out.printf("generated %d articles, %.1f KB of text on average, in %s%n", n, bytes / 1024.0 / n, out);
    }
}
