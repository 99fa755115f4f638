package io.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord evaluate}: labelled articles through the batch command's path, scored as score_news.py scores them. */
class EvaluateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LABELS = Path.of("src/test/resources/evaluate/labels.jsonl");
    private static final Path SCORE_NEWS = Path.of("../shared/eval/score_news.py");

    record Run(int exit, String out, String err) {}

    static Run evaluate(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = EvaluateCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void extractsEveryLabelledArticleAndScoresIt(@TempDir Path dir) throws Exception {
        Path predictions = dir.resolve("predictions.jsonl");
        Run run =
                evaluate("--labels", LABELS.toString(), "--output", predictions.toString(), "--json", "--threads", "2");
        assertEquals(0, run.exit(), run.err());
        JsonNode figures = JSON.readTree(run.out());
        // the seed's intent and a plain "signed a fishing agreement" are found; a sports result and an opinion are not
        assertEquals(4, figures.path("articles").asInt());
        assertEquals(1.0, figures.path("article").path("f1").asDouble(), run.out());
        assertEquals(2, figures.path("event").path("matched").asInt(), run.out());
        assertEquals(0.0, figures.path("spurious_per_100").asDouble(), run.out());
        List<String> lines = Files.readAllLines(predictions);
        assertEquals(
                List.of("seed", "fishing", "football", "weather"),
                lines.stream().map(EvaluateCommandTest::id).toList());

        Run rescored = evaluate("--labels", LABELS.toString(), "--predictions", predictions.toString(), "--json");
        assertEquals(run.out(), rescored.out(), "scoring the written predictions gives the same figures");
    }

    @Test
    void givesTheFiguresScoreNewsGivesOnTheSamePredictions(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isReadable(SCORE_NEWS), "needs ../shared/eval beside the clone");
        Path labels = Path.of("../shared/eval/dev-articles.jsonl");
        Path predictions = dir.resolve("dev.jsonl");
        Run run = evaluate("--labels", labels.toString(), "--output", predictions.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        Process python = new ProcessBuilder(
                        "python3", SCORE_NEWS.toString(), labels.toString(), predictions.toString(), "--json")
                .redirectErrorStream(true)
                .start();
        String expected = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, python.waitFor(), expected);
        JsonNode ours = JSON.readTree(run.out());
        JsonNode theirs = JSON.readTree(expected);
        for (String figure : List.of(
                "article/f1",
                "article/precision",
                "article/recall",
                "event/f1",
                "event/precision",
                "event/recall",
                "status",
                "date",
                "spurious_per_100")) {
            double a = ours.at("/" + figure).asDouble();
            double b = theirs.at("/" + figure).asDouble();
            assertTrue(Math.abs(a - b) <= 0.01, figure + ": evaluate " + a + ", score_news.py " + b);
        }
        assertEquals(theirs.at("/event/matched"), ours.at("/event/matched"));
    }

    @Test
    void labelsWithoutTextReadTheirArticlesFromTheInputEvenGzipped(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("articles.jsonl.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(Path.of("src/test/resources/evaluate/articles.jsonl")));
        }
        Run run = evaluate("--labels", "src/test/resources/evaluate/labels-by-id.jsonl", "--input", gz.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("articles 2: article P 1.0 R 1.0 F1 1.0;"), run.out());
    }

    @Test
    void aLabelWithNoArticleOrABrokenLineIsNamed(@TempDir Path dir) throws Exception {
        Run noText = evaluate("--labels", "src/test/resources/evaluate/labels-by-id.jsonl");
        assertEquals(1, noText.exit());
        assertTrue(noText.err().contains("no text for 2 labelled articles (e.g. fishing)"), noText.err());

        Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"a\", \"agreement\": false}\n{oops\n");
        Run bad = evaluate("--labels", broken.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains(broken + ":2 is not JSON"), bad.err());

        assertEquals(2, evaluate("--input", "x.jsonl").exit());
        assertEquals(
                1, evaluate("--labels", dir.resolve("missing.jsonl").toString()).exit());
    }

    private static String id(String line) {
        try {
            return JSON.readTree(line).path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }
}
