import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.extraction.LanguagePipeline;
import io.accord.extraction.reader.BaseEncoder;
import io.accord.extraction.reader.Passage;
import io.accord.extraction.reader.PassageFilter;
import io.accord.extraction.reader.PassageSplitter;
import io.accord.ingest.ArticleIntake;
import io.accord.ingest.ArticleNormalizer;
import io.accord.model.NormalizedArticle;
import io.accord.text.LanguageGuess;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The reader's training material, from labelled whole articles: every sentence of every article as a passage (the
 * splitter and tokenizer the extractor uses), labelled from the gold events — 1 when it is an event's evidence
 * sentence, 0 when it cannot be one, -1 (not used) for other sentences that name a gold side — with its status, and
 * its tokens tagged B/I where a gold side is named in the window.
 *
 *   texts:    Passages.java texts OUT.jsonl --labels FILE … --articles FILE …
 *   tokens:   Passages.java tokens OUT.jsonl --labels FILE … --articles FILE … (every passage's token ids, parts and
 *             tags with its labels: what fine-tuning the encoder itself reads)
 *   features: Passages.java features OUT_PREFIX FILTER.bin|all|FRACTION --labels FILE … --articles FILE …
 *             (OUT_PREFIX.jsonl: one line per passage the filter passes or that is an evidence sentence — "all":
 *              every passage; a number: every evidence sentence and that share of the others, drawn by hash;
 *              OUT_PREFIX.f32: its base encoder's hidden states, tokens × 384 little-endian floats, in line order)
 */
public class Passages {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> STATUSES =
            List.of("signed", "agreed", "intent", "negotiating", "proposed", "rejected", "suspended");

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path out = Path.of(args[1]);
        String keep = mode.equals("features") ? args[2] : null;
        PassageFilter filter = keep == null
                ? null
                : keep.equals("all")
                        ? new PassageFilter(new float[PassageFilter.BUCKETS], 0f, 0f)
                        : keep.matches("[0-9.]+")
                                ? new PassageFilter(new float[PassageFilter.BUCKETS], 0f, 2f)
                                : PassageFilter.read(Files.newInputStream(Path.of(keep)));
        double share = keep != null && keep.matches("[0-9.]+") ? Double.parseDouble(keep) : 0;
        List<Path> labels = new ArrayList<>(), articles = new ArrayList<>();
        for (int i = mode.equals("features") ? 3 : 2; i < args.length; i += 2) {
            (args[i].equals("--labels") ? labels : articles).add(Path.of(args[i + 1]));
        }
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        Map<String, String> lines = new java.util.HashMap<>();
        for (Path p : labels) {
            for (String l : read(p)) {
                JsonNode n = JSON.readTree(l);
                String id = n.path("id").asText();
                if (byId.putIfAbsent(id, n) == null && n.hasNonNull("text")) {
                    lines.put(id, l);
                }
            }
        }
        for (Path p : articles) {
            for (String l : read(p)) {
                String id = JSON.readTree(l).path("id").asText();
                if (byId.containsKey(id) && !lines.containsKey(id)) {
                    lines.put(id, l);
                }
            }
        }
        ArticleIntake intake = new ArticleIntake(
                new ArticleNormalizer(Clock.systemUTC(), new LanguageGuess()),
                Long.MAX_VALUE,
                ArticleIntake.Counts.NONE);
        PassageSplitter splitter = new PassageSplitter(new LanguagePipeline(), BaseEncoder.tokenizer());
        // -Dreader.base=all-minilm-l6-v2-q.onnx (its jar on the class path) reads with the int8 base instead
        BaseEncoder encoder =
                filter == null ? null : new BaseEncoder(System.getProperty("reader.base", BaseEncoder.MODEL));
        try (Writer jsonl = Files.newBufferedWriter(
                        Path.of(out + (filter == null ? "" : ".jsonl")), StandardCharsets.UTF_8);
                DataOutputStream states = filter == null
                        ? null
                        : new DataOutputStream(
                                new BufferedOutputStream(Files.newOutputStream(Path.of(out + ".f32")), 1 << 20))) {
            long rows = 0;
            int done = 0;
            for (Map.Entry<String, JsonNode> e : byId.entrySet()) {
                String line = lines.get(e.getKey());
                if (line == null) {
                    System.err.println("no text for " + e.getKey());
                    continue;
                }
                NormalizedArticle article = intake.line(line, "training");
                List<Passage> passages = splitter.passages(article);
                List<Map<String, Object>> rowsOut = new ArrayList<>();
                List<Passage> kept = new ArrayList<>();
                for (Passage p : passages) {
                    Map<String, Object> row = label(e.getValue(), article, p);
                    String sentence = article.body().substring(p.start(), p.end());
                    if (mode.equals("tokens")) {
                        row.put("ids", p.ids());
                        row.put("parts", p.parts());
                        rowsOut.add(row);
                    } else if (filter == null) {
                        row.put("text", sentence);
                        rowsOut.add(row);
                    } else if ((int) row.get("y") == 1
                            || filter.passes(sentence)
                            || (int) row.get("y") == 0
                                    && Math.floorMod((e.getKey() + "#" + p.index()).hashCode(), 1000) < share * 1000) {
                        row.put("score", Math.round(filter.score(sentence) * 1e4) / 1e4);
                        rowsOut.add(row);
                        kept.add(p);
                    }
                }
                if (filter != null && !kept.isEmpty()) {
                    float[][][] hidden = encoder.encode(kept);
                    for (int k = 0; k < kept.size(); k++) {
                        Passage p = kept.get(k);
                        rowsOut.get(k).put("row", rows);
                        rowsOut.get(k).put("parts", p.parts());
                        // each token's characters, and whether white space comes before it: the spans' names
                        String[] surface = new String[p.size()];
                        int[] gap = new int[p.size()];
                        String title = article.title() == null ? "" : article.title();
                        for (int t = 0; t < p.size(); t++) {
                            if (p.starts()[t] < 0) {
                                surface[t] = "";
                                continue;
                            }
                            String src = p.parts()[t] == Passage.TITLE ? title : article.body();
                            surface[t] = src.substring(p.starts()[t], p.ends()[t]);
                            gap[t] = t > 0
                                            && p.starts()[t] > 0
                                            && p.parts()[t - 1] == p.parts()[t]
                                            && p.ends()[t - 1] == p.starts()[t]
                                    ? 0
                                    : 1;
                        }
                        rowsOut.get(k).put("tok", surface);
                        rowsOut.get(k).put("gap", gap);
                        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(p.size() * BaseEncoder.WIDTH * 4)
                                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
                        for (int t = 0; t < p.size(); t++) {
                            for (float v : hidden[k][t]) {
                                buf.putFloat(v);
                            }
                        }
                        states.write(buf.array());
                        rows += p.size();
                    }
                }
                for (Map<String, Object> row : rowsOut) {
                    jsonl.write(JSON.writeValueAsString(row));
                    jsonl.write('\n');
                }
                if (++done % 500 == 0) {
                    System.err.printf("%d articles%n", done);
                }
            }
        }
    }

    /** The passage's labels from the article's gold events. */
    static Map<String, Object> label(JsonNode gold, NormalizedArticle article, Passage p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("a", gold.path("id").asText());
        row.put("i", p.index());
        row.put("src", gold.path("source").asText(""));
        String sentence = squash(article.body().substring(p.start(), p.end()));
        int y = 0;
        String status = null;
        int[] tags = new int[p.size()];
        boolean namesASide = false;
        if (gold.path("agreement").asBoolean()) {
            for (JsonNode event : gold.path("gold")) {
                boolean evidence = sameSentence(squash(event.path("evidence").asText("")), sentence);
                for (JsonNode side : event.path("arguments")) {
                    String name = side.path("text").asText("");
                    namesASide |= !name.isBlank()
                            && sentence.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
                    if (evidence) {
                        tag(name, article, p, tags);
                    }
                }
                if (evidence) {
                    y = 1;
                    status = further(status, event.path("status").asText());
                }
            }
            if (y == 0 && namesASide) {
                y = -1;
            }
        }
        row.put("y", y);
        row.put("s", status == null ? -1 : STATUSES.indexOf(status));
        row.put("tags", tags);
        row.put("n", p.size());
        return row;
    }

    /** Tags B/I on the window's tokens where the side's name (or it without a leading "the") is written. */
    static void tag(String name, NormalizedArticle article, Passage p, int[] tags) {
        String title = article.title() == null ? "" : article.title();
        for (String variant : List.of(name, name.replaceFirst("(?i)^the ", ""))) {
            if (variant.isBlank()) {
                continue;
            }
            boolean found = false;
            for (int part : new int[] {Passage.TITLE, Passage.CONTEXT}) {
                String text = part == Passage.TITLE ? title : article.body();
                int from = part == Passage.TITLE ? 0 : firstStart(p, Passage.CONTEXT, Passage.SENTENCE);
                int to = part == Passage.TITLE ? title.length() : p.end();
                if (from < 0) {
                    continue;
                }
                String lower = text.toLowerCase(Locale.ROOT);
                String wanted = variant.toLowerCase(Locale.ROOT);
                for (int at = lower.indexOf(wanted, from);
                        at >= 0 && at + wanted.length() <= to;
                        at = lower.indexOf(wanted, at + 1)) {
                    boolean first = true;
                    for (int t = 0; t < p.size(); t++) {
                        boolean inPart = part == Passage.TITLE
                                ? p.parts()[t] == Passage.TITLE
                                : p.parts()[t] == Passage.CONTEXT || p.parts()[t] == Passage.SENTENCE;
                        if (inPart && p.starts()[t] >= at && p.ends()[t] <= at + wanted.length()) {
                            tags[t] = first ? 1 : 2;
                            first = false;
                            found = true;
                        }
                    }
                }
            }
            if (found) {
                return;
            }
        }
    }

    static int firstStart(Passage p, int... parts) {
        for (int t = 0; t < p.size(); t++) {
            for (int part : parts) {
                if (p.parts()[t] == part) {
                    return p.starts()[t];
                }
            }
        }
        return -1;
    }

    static String further(String a, String b) {
        List<String> order = List.of("proposed", "negotiating", "intent", "agreed", "signed", "rejected", "suspended");
        if (a == null) {
            return b;
        }
        return order.indexOf(b) > order.indexOf(a) ? b : a;
    }

    static boolean sameSentence(String evidence, String sentence) {
        if (evidence.isEmpty() || sentence.isEmpty()) {
            return false;
        }
        if (evidence.contains(sentence) && sentence.length() > 20 || sentence.contains(evidence)) {
            return true;
        }
        Set<String> a = words(evidence), b = words(sentence);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() >= 0.6 * Math.max(a.size(), b.size());
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static String squash(String s) {
        return s.replaceAll("[<>]", "").replaceAll("\\s+", " ").strip();
    }

    static List<String> read(Path p) throws Exception {
        InputStream in = Files.newInputStream(p);
        if (p.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            return r.lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
