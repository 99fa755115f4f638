package io.accord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.evaluation.NewsScorer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * {@code accord evaluate}: extracts every labelled article through the batch command's path and scores the events
 * against the labels, with the figures of the evaluation material's {@code score_news.py}.
 */
final class EvaluateCommand {

    static final String USAGE = """
            usage: accord evaluate --labels FILE [--input FILE …] [--predictions FILE] [--output FILE]
                                   [--errors N] [--json] [--threads N]
              --labels       whole articles labelled by the guidelines, one JSON line each:
                             {"id", "agreement", "gold": [{"status", "date", "arguments": [{"text", "code"}]}]};
                             a line that also has "text" is its own article
              --input        JSONL articles {"id", "text", "title"?, "published"?} (.jsonl or .jsonl.gz) that the
                             labels without text refer to by id; repeatable
              --predictions  score this file of {"id", "events"} lines instead of extracting
              --output       also write the predictions, one {"id", "events"} line per labelled article
              --errors N     list up to N missed and extra events
              --json         print the figures as JSON (the keys of score_news.py --json)
              --threads N    extraction threads (default: the number of cores)
            Prints article P/R/F1, event P/R/F1 (both sides right), status and date accuracy on matched events, and
            spurious events per 100 articles that report no agreement.""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluateCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Path labelsFile = null;
        Path predictionsFile = null;
        Path output = null;
        List<Path> inputs = new ArrayList<>();
        int errors = 0;
        boolean json = false;
        int threads = Runtime.getRuntime().availableProcessors();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--labels" -> labelsFile = Path.of(args[++i]);
                    case "--input" -> inputs.add(Path.of(args[++i]));
                    case "--predictions" -> predictionsFile = Path.of(args[++i]);
                    case "--output" -> output = Path.of(args[++i]);
                    case "--errors" -> errors = Integer.parseInt(args[++i]);
                    case "--json" -> json = true;
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        err.println("unknown option " + args[i] + "\n" + USAGE);
                        return 2;
                    }
                }
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            err.println("missing or malformed option value\n" + USAGE);
            return 2;
        }
        if (labelsFile == null) {
            err.println("evaluate: --labels is required\n" + USAGE);
            return 2;
        }
        for (Path p : concat(labelsFile, predictionsFile, inputs)) {
            if (!Files.isReadable(p)) {
                err.println("evaluate: cannot read " + p);
                return 1;
            }
        }
        List<JsonNode> labels = new ArrayList<>();
        List<String> labelLines = new ArrayList<>();
        int lineNo = 0;
        for (String line : readLines(labelsFile)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                err.println("evaluate: " + labelsFile + ":" + lineNo + " is not JSON: " + e.getMessage());
                return 1;
            }
            if (!node.hasNonNull("id") || !node.has("agreement")) {
                err.println("evaluate: " + labelsFile + ":" + lineNo + " needs \"id\" and \"agreement\"");
                return 1;
            }
            labels.add(node);
            labelLines.add(line);
        }
        Map<String, List<JsonNode>> predictions;
        if (predictionsFile != null) {
            predictions = predictions(readLines(predictionsFile));
        } else {
            List<String> articles = articles(labels, labelLines, inputs, err);
            if (articles == null) {
                return 1;
            }
            StringWriter rows = new StringWriter();
            new BatchExtract(threads)
                    .process(
                            new BufferedReader(new StringReader(String.join("\n", articles))),
                            rows,
                            BatchExtract.Progress.NONE);
            List<String> lines = rows.toString().lines().toList();
            if (output != null) {
                Files.write(output, lines, StandardCharsets.UTF_8);
            }
            predictions = predictions(lines);
        }
        NewsScorer.Figures figures = NewsScorer.score(labels, predictions, errors);
        out.println(json ? JSON.writeValueAsString(figures.asJson()) : figures.summary());
        for (NewsScorer.Miss m : figures.misses()) {
            out.println(m.kind() + "\t" + m.id() + "\t" + m.status() + "\t" + m.sides());
        }
        return 0;
    }

    /** Each labelled article's JSON line: its own when it has text, else the input line with its id. */
    private static List<String> articles(
            List<JsonNode> labels, List<String> labelLines, List<Path> inputs, PrintStream err) throws IOException {
        Set<String> wanted = new HashSet<>();
        for (JsonNode l : labels) {
            if (!l.hasNonNull("text")) {
                wanted.add(l.path("id").asText());
            }
        }
        Map<String, String> texts = new HashMap<>();
        for (Path p : inputs) {
            // streamed: a corpus can be far larger than the labelled articles it holds
            try (BufferedReader reader = open(p)) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String id = JSON.readTree(line).path("id").asText();
                    if (wanted.contains(id)) {
                        texts.put(id, line);
                    }
                }
            }
        }
        List<String> articles = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String id = labels.get(i).path("id").asText();
            String line = labels.get(i).hasNonNull("text") ? labelLines.get(i) : texts.get(id);
            if (line == null) {
                missing.add(id);
            } else {
                articles.add(line);
            }
        }
        if (!missing.isEmpty()) {
            err.println("evaluate: no text for " + missing.size() + " labelled articles (e.g. " + missing.get(0)
                    + "); pass the file that holds them with --input");
            return null;
        }
        return articles;
    }

    private static Map<String, List<JsonNode>> predictions(List<String> lines) throws IOException {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = JSON.readTree(line);
            List<JsonNode> events = new ArrayList<>();
            row.path("events").forEach(events::add);
            out.put(row.path("id").asText(null), events);
        }
        return out;
    }

    private static List<String> readLines(Path file) throws IOException {
        try (BufferedReader reader = open(file)) {
            return reader.lines().toList();
        }
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static List<Path> concat(Path labels, Path predictions, List<Path> inputs) {
        List<Path> all = new ArrayList<>(inputs);
        all.add(labels);
        if (predictions != null) {
            all.add(predictions);
        }
        return all;
    }
}
