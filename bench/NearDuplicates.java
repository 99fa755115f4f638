import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.ingest.ArticleIntake;
import io.accord.ingest.ArticleNormalizer;
import io.accord.model.NormalizedArticle;
import io.accord.text.LanguageGuess;
import io.accord.text.StoryFingerprint;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * How many versions of one story a corpus holds, as the store would find them (StoryFingerprint's bands, then its
 * overlap estimate, within VERSION_DAYS): the pairs and the stories with several versions; and, for reading, 30 pairs
 * drawn above the threshold (are they one story?), 30 below it at overlap 0.3 or more (missed versions?), and 30 of
 * those only the long-story threshold joins (overlap under VERSION_OVERLAP).
 * Prints numbers, asserts nothing.
 *
 * <pre>
 * java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" bench/NearDuplicates.java OUT_PREFIX CORPUS…
 * </pre>
 */
public class NearDuplicates {
    record Article(String id, String title, LocalDate day, String body, StoryFingerprint print) {}

    record Pair(Article a, Article b, double overlap) {}

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArticleIntake intake = new ArticleIntake(
                new ArticleNormalizer(Clock.systemUTC(), new LanguageGuess()),
                Long.MAX_VALUE,
                ArticleIntake.Counts.NONE);
        String out = args[0];
        for (int f = 1; f < args.length; f++) {
            List<Article> articles = new ArrayList<>();
            try (InputStream raw = Files.newInputStream(Path.of(args[f]));
                    BufferedReader in = new BufferedReader(new InputStreamReader(
                            args[f].endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.isBlank()) {
                        continue;
                    }
                    NormalizedArticle a = intake.line(line, "bench");
                    JsonNode n = json.readTree(line);
                    LocalDate day = a.published() == null
                            ? null
                            : LocalDate.parse(a.published().substring(0, 10));
                    articles.add(new Article(
                            n.path("id").asText(a.id()), a.title(), day, a.body(), StoryFingerprint.of(a.body())));
                }
            }
            Map<Long, List<Integer>> byBand = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                for (long band : articles.get(i).print().bands()) {
                    byBand.computeIfAbsent(band, k -> new ArrayList<>()).add(i);
                }
            }
            Set<Long> seen = new java.util.HashSet<>();
            List<Pair> versions = new ArrayList<>();
            List<Pair> near = new ArrayList<>();
            for (List<Integer> ids : byBand.values()) {
                for (int x = 0; x < ids.size(); x++) {
                    for (int y = x + 1; y < ids.size(); y++) {
                        int i = Math.min(ids.get(x), ids.get(y));
                        int j = Math.max(ids.get(x), ids.get(y));
                        if (i == j || !seen.add((long) i * 1_000_000L + j)) {
                            continue;
                        }
                        Article a = articles.get(i);
                        Article b = articles.get(j);
                        if (a.day() != null
                                && b.day() != null
                                && Math.abs(ChronoUnit.DAYS.between(a.day(), b.day()))
                                        > StoryFingerprint.VERSION_DAYS) {
                            continue;
                        }
                        double o = a.print().overlap(b.print());
                        if (a.print().isVersion(b.print())) {
                            versions.add(new Pair(a, b, o));
                        } else if (o >= 0.3) {
                            near.add(new Pair(a, b, o));
                        }
                    }
                }
            }
            // stories: articles joined by version pairs
            Map<String, String> parent = new HashMap<>();
            for (Pair p : versions) {
                union(parent, p.a().id(), p.b().id());
            }
            Map<String, Integer> storySizes = new HashMap<>();
            for (String id : parent.keySet()) {
                storySizes.merge(find(parent, id), 1, Integer::sum);
            }
            long exact = versions.stream()
                    .filter(p -> p.a().body().equals(p.b().body()))
                    .count();
            System.out.printf(
                    "%s: %d articles; %d version pairs (%d with the same body); %d stories told in %d articles "
                            + "(%d later versions; %d joined by the long-story threshold); %d pairs below it at"
                            + " overlap 0.3 or more%n",
                    Path.of(args[f]).getFileName(),
                    articles.size(),
                    versions.size(),
                    exact,
                    storySizes.size(),
                    storySizes.values().stream().mapToInt(Integer::intValue).sum(),
                    storySizes.values().stream().mapToInt(s -> s - 1).sum(),
                    versions.stream()
                            .filter(p -> p.overlap() < StoryFingerprint.VERSION_OVERLAP)
                            .count(),
                    near.size());
            String name = Path.of(args[f]).getFileName().toString().replaceAll("\\.jsonl(\\.gz)?$", "");
            write(Path.of(out + "-" + name + "-versions.jsonl"), sample(versions, 30), json);
            write(Path.of(out + "-" + name + "-near.jsonl"), sample(near, 30), json);
            // the versions only the long-story threshold joins, to read apart
            write(
                    Path.of(out + "-" + name + "-long.jsonl"),
                    sample(
                            versions.stream()
                                    .filter(p -> p.overlap() < StoryFingerprint.VERSION_OVERLAP)
                                    .toList(),
                            30),
                    json);
        }
    }

    static List<Pair> sample(List<Pair> pairs, int n) {
        List<Pair> copy = new ArrayList<>(pairs);
        copy.sort(java.util.Comparator.comparing((Pair p) -> p.a().id()).thenComparing(p -> p.b().id()));
        Collections.shuffle(copy, new Random(20261204));
        return copy.subList(0, Math.min(n, copy.size()));
    }

    static void write(Path path, List<Pair> pairs, ObjectMapper json) throws Exception {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(path))) {
            for (Pair p : pairs) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("overlap", Math.round(p.overlap() * 1000) / 1000.0);
                row.put(
                        "a",
                        Map.of(
                                "id",
                                p.a().id(),
                                "title",
                                String.valueOf(p.a().title()),
                                "day",
                                String.valueOf(p.a().day()),
                                "body",
                                p.a().body()));
                row.put(
                        "b",
                        Map.of(
                                "id",
                                p.b().id(),
                                "title",
                                String.valueOf(p.b().title()),
                                "day",
                                String.valueOf(p.b().day()),
                                "body",
                                p.b().body()));
                w.println(json.writeValueAsString(row));
            }
        }
    }

    static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    static String find(Map<String, String> parent, String a) {
        String r = a;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
