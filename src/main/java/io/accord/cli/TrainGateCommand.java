package io.accord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.accord.extraction.GateTrainer;
import io.accord.extraction.GateTrainer.GoldEvent;
import io.accord.extraction.GateTrainer.GoldSide;
import io.accord.extraction.GateTrainer.Labelled;
import io.accord.ingest.ArticleIntake;
import io.accord.ingest.ArticleNormalizer;
import io.accord.text.LanguageGuess;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code accord train-gate}: learns the mention gate from whole articles labelled by the guidelines (the format of
 * {@code dev-articles.jsonl}) and writes {@code mention-gate.bin} and its threshold to a folder — the model shipped
 * under {@code src/main/resources/accord/models/en/} comes from this command.
 */
final class TrainGateCommand {

    static final String USAGE = """
            usage: accord train-gate --labels FILE [--labels FILE …] [--articles FILE …] --output DIR
              --labels    JSONL {"id", "agreement", "gold": [{"arguments": [{"text", "code"}], "evidence"}]}; a line that
                          also has "text" is its own article
              --articles  JSONL articles {"id", "text", "title"?, "published"?} the labels without text refer to by id
              --output    folder for mention-gate.bin and mention-gate.properties
              --cv-events FILE  also write each labelled article's events, found with the gate of the
                          cross-validation fold that did not see it, as {"id", "events"} lines: score them with
                          score_news.py against the labels for article- and event-level figures on the training
                          material""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainGateCommand() {}

    static int run(String[] args) throws IOException {
        List<Path> labels = new ArrayList<>();
        List<Path> articles = new ArrayList<>();
        Path output = null;
        Path heldOut = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--labels" -> labels.add(Path.of(args[++i]));
                    case "--articles" -> articles.add(Path.of(args[++i]));
                    case "--output" -> output = Path.of(args[++i]);
                    case "--cv-events" -> heldOut = Path.of(args[++i]);
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
        } catch (ArrayIndexOutOfBoundsException e) {
            System.err.println("missing option value\n" + USAGE);
            return 2;
        }
        if (labels.isEmpty() || output == null) {
            System.err.println(USAGE);
            return 2;
        }
        Map<String, String> texts = new HashMap<>();
        for (Path p : articles) {
            forEachLine(p, (line, node) -> texts.put(node.path("id").asText(), line));
        }
        ArticleIntake intake = new ArticleIntake(
                new ArticleNormalizer(Clock.systemUTC(), new LanguageGuess()),
                Long.MAX_VALUE,
                ArticleIntake.Counts.NONE);
        List<Labelled> labelled = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path p : labels) {
            forEachLine(p, (line, node) -> {
                String id = node.path("id").asText();
                String article = node.hasNonNull("text") ? line : texts.get(id);
                if (article == null) {
                    missing.add(id);
                    return;
                }
                labelled.add(new Labelled(id, intake.line(article, "train-gate"), gold(node)));
            });
        }
        if (!missing.isEmpty()) {
            System.err.println("train-gate: no text for " + missing.size() + " labelled articles (e.g. "
                    + missing.get(0) + "); pass the file that holds them with --articles");
            return 1;
        }
        GateTrainer.Result r;
        if (heldOut == null) {
            r = GateTrainer.train(labelled, output);
        } else {
            ObjectMapper out = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
            Map<String, String> rows = new HashMap<>();
            r = GateTrainer.train(labelled, output, (article, events) -> {
                try {
                    rows.put(article.id(), out.writeValueAsString(Map.of("id", article.id(), "events", events)));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            // in the labels' order, so that two runs can be compared line by line
            List<String> lines = labelled.stream().map(l -> rows.get(l.id())).toList();
            Files.write(heldOut, lines, StandardCharsets.UTF_8);
        }
        System.out.printf(
                "%d articles, %d candidates, %d of them events%ncross-validated, by threshold:%n%s"
                        + "threshold %.2f (cross-validated P %.3f R %.3f F1 %.3f); model written to %s%n",
                r.articles(),
                r.candidates(),
                r.events(),
                r.curve(),
                r.threshold(),
                r.precision(),
                r.recall(),
                r.f1(),
                output);
        return 0;
    }

    private static List<GoldEvent> gold(JsonNode node) {
        List<GoldEvent> events = new ArrayList<>();
        if (!node.path("agreement").asBoolean(false)) {
            return events;
        }
        for (JsonNode e : node.path("gold")) {
            List<GoldSide> sides = new ArrayList<>();
            for (JsonNode a : e.path("arguments")) {
                sides.add(new GoldSide(a.path("text").asText(""), a.path("code").asText(null)));
            }
            events.add(new GoldEvent(sides, e.path("evidence").asText("")));
        }
        return events;
    }

    private interface LineHandler {
        void accept(String line, JsonNode node) throws IOException;
    }

    private static void forEachLine(Path file, LineHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    handler.accept(line, JSON.readTree(line));
                }
            }
        }
    }
}
