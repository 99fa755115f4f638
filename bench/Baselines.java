import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.evaluation.NewsScorer;
import io.accord.extraction.Extractor;
import io.accord.ingest.ArticleIntake;
import io.accord.ingest.ArticleNormalizer;
import io.accord.model.NormalizedArticle;
import io.accord.text.LanguageGuess;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * What the rules can reach in labelled articles, by source: the share of gold events that some candidate of the rules
 * holds (a sentence with a trigger and both gold sides among its names, matched as the scorer matches them), and the
 * share whose evidence sentence holds no word of the trigger list at all. Prints; asserts nothing.
 *
 * usage (after mvn package):
 *   java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" bench/Baselines.java LABELS.jsonl CORPUS.jsonl[.gz] …
 */
public class Baselines {

    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Map<String, String> lines = new HashMap<>();
        List<JsonNode> labels = new ArrayList<>();
        for (String l : read(Path.of(args[0]))) {
            if (!l.isBlank()) {
                labels.add(JSON.readTree(l));
            }
        }
        java.util.Set<String> wanted = new java.util.HashSet<>();
        labels.forEach(l -> wanted.add(l.path("id").asText()));
        for (int i = 1; i < args.length; i++) {
            for (String l : read(Path.of(args[i]))) {
                String id = JSON.readTree(l).path("id").asText();
                if (wanted.contains(id)) {
                    lines.put(id, l);
                }
            }
        }
        List<Pattern> triggers = triggerWords();
        Extractor rules = Extractor.ungated();
        ArticleIntake intake = new ArticleIntake(
                new ArticleNormalizer(Clock.systemUTC(), new LanguageGuess()),
                Long.MAX_VALUE,
                ArticleIntake.Counts.NONE);
        Map<String, int[]> bySource = new TreeMap<>(); // gold events, reached, evidence without a trigger word
        for (JsonNode label : labels) {
            if (!label.path("agreement").asBoolean()) {
                continue;
            }
            String line = lines.get(label.path("id").asText());
            if (line == null) {
                System.err.println("no text for " + label.path("id").asText());
                continue;
            }
            NormalizedArticle article = intake.line(line, "baselines");
            List<JsonNode> candidates = new ArrayList<>();
            for (Extractor.Candidate c : rules.candidates(article)) {
                Map<String, Object> asEvent = new LinkedHashMap<>();
                asEvent.put("parties", c.parties());
                candidates.add(JSON.valueToTree(asEvent));
            }
            int[] counts = bySource.computeIfAbsent(label.path("source").asText("?"), k -> new int[3]);
            for (JsonNode gold : label.path("gold")) {
                counts[0]++;
                if (candidates.stream().anyMatch(c -> NewsScorer.sidesMatched(gold, c) >= 2)) {
                    counts[1]++;
                }
                String evidence = gold.path("evidence").asText("");
                if (triggers.stream().noneMatch(p -> p.matcher(evidence).find())) {
                    counts[2]++;
                }
            }
        }
        System.out.println("source\tgold events\treached by a candidate\tevidence with no trigger word");
        int[] all = new int[3];
        for (Map.Entry<String, int[]> e : bySource.entrySet()) {
            int[] c = e.getValue();
            System.out.println(row(e.getKey(), c));
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        }
        System.out.println(row("all", all));
    }

    static String row(String name, int[] c) {
        return String.format(
                Locale.ROOT,
                "%s\t%d\t%d (%.2f)\t%d (%.2f)",
                name,
                c[0],
                c[1],
                c[1] / (double) c[0],
                c[2],
                c[2] / (double) c[0]);
    }

    /** Every form and stem of triggers.tsv as a whole-word pattern, whatever its tags or condition. */
    static List<Pattern> triggerWords() throws Exception {
        List<Pattern> out = new ArrayList<>();
        try (InputStream in = Baselines.class.getClassLoader().getResourceAsStream("accord/rules/en/triggers.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String form = l.split("\t")[0].trim();
                boolean stem = form.endsWith("*");
                String word = Pattern.quote(stem ? form.substring(0, form.length() - 1) : form);
                out.add(Pattern.compile("(?i)\\b" + word + (stem ? "\\w*" : "") + "\\b"));
            }
        }
        return out;
    }

    static List<String> read(Path p) throws Exception {
        InputStream in = Files.newInputStream(p);
        if (p.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            return r.lines().toList();
        }
    }
}
