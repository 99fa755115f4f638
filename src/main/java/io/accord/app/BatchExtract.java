package io.accord.app;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.accord.extraction.Extractor;
import io.accord.extraction.LanguageGuess;
import io.accord.ingest.ArticleNormalizer;
import io.accord.ingest.ArticleParser;
import io.accord.model.AgreementEvent;
import io.accord.model.NormalizedArticle;
import io.accord.model.RawArticle;

/**
 * {@code accord extract}: JSONL in ({@code {"id", "text", "title"?, "published"?}}), one {@code {"id", "events"}}
 * line out per input line, in order. A file that is not JSONL (such as a seed article) is read as one article.
 * No Kafka, no database: the same normaliser and extraction core the services use.
 */
public final class BatchExtract {

    static final String USAGE = """
            usage: accord extract [--input FILE] [--output FILE]
              Reads JSONL articles {"id", "text", "title"?, "published"?, "url"?, "source"?} from FILE or stdin
              and writes one line {"id", "events": [...]} per input line, in order, to FILE or stdout.
              A file that is not JSONL is read as one plain-text article (first line = title).""";

    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    public static int run(String[] args) throws IOException {
        Path input = null;
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input", "-i" -> input = Path.of(args[++i]);
                case "--output", "-o" -> output = Path.of(args[++i]);
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                default -> {
                    System.err.println("unknown option " + args[i] + "\n" + USAGE);
                    return 2;
                }
            }
        }
        try (BufferedReader in = input == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(input, StandardCharsets.UTF_8);
                Writer out = output == null
                        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            return new BatchExtract().process(in, out, System.err);
        }
    }

    int process(BufferedReader in, Writer out, PrintStream progress) throws IOException {
        long started = System.nanoTime();
        Extractor extractor = new Extractor();
        ArticleNormalizer normalizer = new ArticleNormalizer(Clock.systemUTC(), new LanguageGuess());
        String first = in.readLine();
        if (first == null) {
            return 0;
        }
        if (!first.strip().startsWith("{")) {
            // a whole plain-text article, like the files under seeds/
            StringBuilder sb = new StringBuilder(first).append('\n');
            for (String line; (line = in.readLine()) != null;) {
                sb.append(line).append('\n');
            }
            write(out, null, extract(extractor, normalizer, new RawArticle(null, null, sb.toString(), null, null, null)));
            return 0;
        }
        int n = 0;
        int failed = 0;
        for (String line = first; line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            n++;
            JsonNode node = json.readTree(line);
            String id = node.path("id").asText(null);
            try {
                NormalizedArticle article = normalizer.normalize(ArticleParser.fromJsonLine(line));
                if (!Extractor.supports(article.language())) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", id);
                    row.put("events", List.of());
                    row.put("skipped", "language '" + article.language() + "' is not supported");
                    out.write(json.writeValueAsString(row));
                    out.write('\n');
                    continue;
                }
                write(out, id, extractor.extract(article));
            } catch (RuntimeException e) {
                failed++;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", id);
                row.put("events", List.of());
                row.put("error", e.getMessage());
                out.write(json.writeValueAsString(row));
                out.write('\n');
            }
            if (n % 500 == 0) {
                progress.printf("extract: %d articles, %.1f/s%n", n, n / ((System.nanoTime() - started) / 1e9));
            }
        }
        out.flush();
        progress.printf("extract: %d articles (%d rejected) in %.1f s%n", n, failed, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static List<AgreementEvent> extract(Extractor extractor, ArticleNormalizer normalizer, RawArticle raw) {
        return extractor.extract(normalizer.normalize(raw));
    }

    private void write(Writer out, String id, List<AgreementEvent> events) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("events", events);
        out.write(json.writeValueAsString(row));
        out.write('\n');
    }
}
