package io.accord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.accord.extraction.Extractor;
import io.accord.ingest.ArticleIntake;
import io.accord.ingest.ArticleNormalizer;
import io.accord.model.AgreementEvent;
import io.accord.model.NormalizedArticle;
import io.accord.text.LanguageGuess;
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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code accord extract}: JSONL in ({@code {"id", "text", "title"?, "published"?}}), one {@code {"id", "events"}}
 * line out per input line, in order. A file that is not JSONL (such as a seed article) is read as one article.
 * No Kafka, no database: the same normaliser and extraction core the services use.
 */
public final class BatchExtract {

    static final String USAGE = """
            usage: accord extract [--input FILE] [--output FILE] [--threads N] [--quiet] [--mentions]
              Reads JSONL articles {"id", "text", "title"?, "published"?, "url"?, "source"?} from FILE or stdin
              and writes one line {"id", "events": [...]} per input line, in order, to FILE or stdout.
              A file that is not JSONL is read as one plain-text article (first line = title).
              --threads  extraction threads (default: the number of cores)
              --quiet    no progress on stderr (default: a progress bar on a terminal, a line every 10 s otherwise)
              --mentions also "mentions": sentences that only refer to an agreement (experimental), never events""";

    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private final int threads;
    private final boolean mentions;

    BatchExtract(int threads) {
        this(threads, false);
    }

    BatchExtract(int threads, boolean mentions) {
        this.threads = Math.max(1, threads);
        this.mentions = mentions;
    }

    public static int run(String[] args) throws IOException {
        Path input = null;
        Path output = null;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean quiet = false;
        boolean mentions = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--input", "-i" -> input = Path.of(args[++i]);
                    case "--output", "-o" -> output = Path.of(args[++i]);
                    case "--threads", "-t" -> threads = Integer.parseInt(args[++i]);
                    case "--quiet", "-q" -> quiet = true;
                    case "--mentions" -> mentions = true;
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
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            System.err.println("missing or malformed option value\n" + USAGE);
            return 2;
        }
        if (input != null && !Files.isReadable(input)) {
            System.err.println("extract: cannot read " + input);
            return 1;
        }
        long total = input == null ? -1 : Files.size(input);
        CountingInputStream counted = new CountingInputStream(input == null ? System.in : Files.newInputStream(input));
        Progress progress = quiet ? Progress.NONE : new Progress(System.err, System.console() != null, counted, total);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16);
                Writer out = output == null
                        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            return new BatchExtract(threads, mentions).process(in, out, progress);
        }
    }

    int process(BufferedReader in, Writer out, Progress progress) throws IOException {
        Extractor extractor = new Extractor();
        // no size limit here: the files are the user's own, read line by line
        ArticleIntake intake = new ArticleIntake(
                new ArticleNormalizer(Clock.systemUTC(), new LanguageGuess()),
                Long.MAX_VALUE,
                ArticleIntake.Counts.NONE);
        String first = in.readLine();
        if (first == null) {
            return 0;
        }
        if (!first.strip().startsWith("{")) {
            // a whole plain-text article, like the files under seeds/
            StringBuilder sb = new StringBuilder(first).append('\n');
            for (String line; (line = in.readLine()) != null; ) {
                sb.append(line).append('\n');
            }
            write(out, null, extractor.read(intake.text(sb.toString(), "batch")));
            return 0;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        try {
            // a window of lines in flight keeps every thread busy while the output stays in input order
            int window = threads * 32;
            Deque<Future<String>> pending = new ArrayDeque<>();
            for (String line = first; line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String l = line;
                pending.add(pool.submit(() -> row(extractor, intake, l)));
                if (pending.size() >= window) {
                    drain(pending, out, progress, 1);
                }
            }
            drain(pending, out, progress, pending.size());
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        progress.done();
        return 0;
    }

    private static void drain(Deque<Future<String>> pending, Writer out, Progress progress, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            String row;
            try {
                row = pending.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            } catch (ExecutionException e) {
                throw new IOException(e.getCause());
            }
            out.write(row);
            out.write('\n');
            progress.article(row.startsWith("{\"error\"") || row.contains(",\"error\":"));
        }
    }

    /** One output line; a line that cannot be an article gets an error, never stops the run. */
    private String row(Extractor extractor, ArticleIntake intake, String line) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        String id = null;
        try {
            JsonNode node = json.readTree(line);
            id = node.path("id").asText(null);
            row.put("id", id);
            NormalizedArticle article = intake.line(line, "batch");
            if (!Extractor.supports(article.language())) {
                row.put("events", List.of());
                mentions(row, List.of());
                row.put("skipped", "language '" + article.language() + "' is not supported");
            } else {
                Extractor.Reading reading = extractor.read(article);
                row.put("events", reading.events());
                mentions(row, reading.mentions());
            }
        } catch (RuntimeException | IOException e) {
            row.put("id", id);
            row.put("events", List.of());
            mentions(row, List.of());
            row.put("error", e.getMessage());
        }
        return json.writeValueAsString(row);
    }

    private void mentions(Map<String, Object> row, List<AgreementEvent> found) {
        if (mentions) {
            row.put("mentions", found);
        }
    }

    /** Progress on stderr: a bar on a terminal when the input size is known, otherwise a line every 10 s. */
    static class Progress {
        static final Progress NONE = new Progress(null, false, null, -1);
        private final PrintStream err;
        private final boolean terminal;
        private final CountingInputStream input;
        private final long total;
        private final long started = System.nanoTime();
        private long lastPrint = System.nanoTime();
        private int articles;
        private int failed;

        Progress(PrintStream err, boolean terminal, CountingInputStream input, long total) {
            this.err = err;
            this.terminal = terminal;
            this.input = input;
            this.total = total;
        }

        void article(boolean error) {
            articles++;
            failed += error ? 1 : 0;
            long now = System.nanoTime();
            if (err != null && now - lastPrint > (terminal ? 200_000_000L : 10_000_000_000L)) {
                lastPrint = now;
                print(false);
            }
        }

        void done() {
            if (err != null) {
                print(true);
            }
        }

        private void print(boolean last) {
            double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-9);
            long read = input.count();
            String rate = String.format(
                    "%,d articles (%d rejected) in %.1f s: %.1f articles/s, %.0f KB/s",
                    articles, failed, seconds, articles / seconds, read / 1024.0 / seconds);
            if (terminal && total > 0) {
                double done = Math.min(1.0, (double) read / total);
                int width = 30;
                int filled = (int) Math.round(done * width);
                String eta = done > 0 && !last ? String.format(" ETA %.0f s", seconds * (1 - done) / done) : "";
                err.printf(
                        "\r[%s%s] %3.0f%% %s%s   ",
                        "#".repeat(filled), ".".repeat(width - filled), done * 100, rate, eta);
                if (last) {
                    err.println();
                }
            } else {
                err.println("extract: " + rate);
            }
        }
    }

    static final class CountingInputStream extends java.io.FilterInputStream {
        private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();

        CountingInputStream(java.io.InputStream in) {
            super(in);
        }

        long count() {
            return count.get();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }

    private void write(Writer out, String id, Extractor.Reading reading) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("events", reading.events());
        mentions(row, reading.mentions());
        out.write(json.writeValueAsString(row));
        out.write('\n');
    }
}
