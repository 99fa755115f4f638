import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.extraction.Extractor;
import io.accord.extraction.MentionGate;
import io.accord.ingest.ArticleIntake;
import io.accord.ingest.ArticleNormalizer;
import io.accord.model.NormalizedArticle;
import io.accord.text.LanguageGuess;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The candidates the gate turns away, to label as mentions or not: from the articles of CORPUS whose ids no file of
 * EXCLUDE lists (held-out labels), N drawn at random, each with its sentence, the text around it, its sides, the
 * gate's probability and its features. Labelling: training/mentions/README.md.
 *
 * <pre>
 * java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" training/mentions/Candidates.java OUT N SEED CORPUS EXCLUDE…
 * </pre>
 */
public class Candidates {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Path corpus = Path.of(args[3]);
        ObjectMapper json = new ObjectMapper();
        Set<String> excluded = new HashSet<>();
        for (int i = 4; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]))) {
                if (!line.isBlank()) {
                    excluded.add(json.readTree(line).path("id").asText());
                }
            }
        }
        ArticleIntake intake = new ArticleIntake(
                new ArticleNormalizer(Clock.systemUTC(), new LanguageGuess()),
                Long.MAX_VALUE,
                ArticleIntake.Counts.NONE);
        Extractor rules = Extractor.ungated();
        MentionGate gate = MentionGate.load();
        List<Map<String, Object>> rejected = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(corpus);
                BufferedReader in = new BufferedReader(new InputStreamReader(
                        corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String id = node.path("id").asText();
                if (excluded.contains(id)) {
                    continue;
                }
                NormalizedArticle article = intake.line(line, "labelling");
                for (Extractor.Candidate c : rules.candidates(article)) {
                    double p = gate.probability(c.features());
                    if (gate.passes(p)) {
                        continue;
                    }
                    String body = article.body();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", id);
                    row.put("title", article.title());
                    row.put("published", article.published());
                    row.put("sentence", c.sentence());
                    row.put("start", c.start());
                    row.put("before", body.substring(Math.max(0, c.start() - 400), c.start()));
                    row.put("after", body.substring(c.end(), Math.min(body.length(), c.end() + 300)));
                    row.put("parties", c.parties());
                    row.put("gate", Math.round(p * 1000) / 1000.0);
                    row.put("features", c.features());
                    rejected.add(row);
                }
            }
        }
        Collections.shuffle(rejected, new Random(seed));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            for (Map<String, Object> row : rejected.subList(0, Math.min(n, rejected.size()))) {
                w.println(json.writeValueAsString(row));
            }
        }
        System.out.printf(
                "%d candidates the gate turns away; %d written to %s%n",
                rejected.size(), Math.min(n, rejected.size()), out);
    }
}
