package io.accord.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores events extracted from whole articles against labels in the guidelines' format, exactly as the evaluation
 * material's {@code score_news.py} does: article P/R/F1, event P/R/F1 with both sides right, status and date on
 * matched events, spurious events per 100 articles that report none.
 */
public final class NewsScorer {

    private static final Set<String> STOP =
            Set.of("the", "of", "a", "an", "and", "'s", "s", "inc", "corp", "co", "ltd", "plc");
    private static final Set<String> INITIALS_SKIP =
            Set.of("and", "of", "the", "for", "de", "du", "des", "la", "le", "&");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][\\w'-]*", Pattern.UNICODE_CHARACTER_CLASS);

    /** One missed or extra event, for the error listing. */
    public record Miss(String kind, String id, String status, List<String> sides) {}

    /** The figures, with the keys and rounding of {@code score_news.py --json}. */
    public record Figures(
            int articles,
            double articlePrecision,
            double articleRecall,
            double articleF1,
            int articleTp,
            int articleFp,
            int articleFn,
            double eventPrecision,
            double eventRecall,
            double eventF1,
            int matched,
            int predicted,
            int gold,
            Double status,
            Double date,
            int dated,
            Double spuriousPer100,
            List<Miss> misses) {

        public Map<String, Object> asJson() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("articles", articles);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("precision", articlePrecision);
            a.put("recall", articleRecall);
            a.put("f1", articleF1);
            a.put("tp", articleTp);
            a.put("fp", articleFp);
            a.put("fn", articleFn);
            out.put("article", a);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("precision", eventPrecision);
            e.put("recall", eventRecall);
            e.put("f1", eventF1);
            e.put("matched", matched);
            e.put("predicted", predicted);
            e.put("gold", gold);
            out.put("event", e);
            out.put("status", status);
            out.put("date", date);
            out.put("dated", dated);
            out.put("spurious_per_100", spuriousPer100);
            return out;
        }

        /** The line {@code score_news.py} prints. */
        public String summary() {
            return String.format(
                    "articles %d: article P %s R %s F1 %s; event P %s R %s F1 %s (%d/%d gold, %d predicted); status %s;"
                            + " date %s of %d; spurious events per 100 no-agreement articles %s",
                    articles,
                    py(articlePrecision),
                    py(articleRecall),
                    py(articleF1),
                    py(eventPrecision),
                    py(eventRecall),
                    py(eventF1),
                    matched,
                    gold,
                    predicted,
                    py(status),
                    py(date),
                    dated,
                    py(spuriousPer100));
        }
    }

    private NewsScorer() {}

    /**
     * @param labels one node per labelled article: {@code id}, {@code agreement}, {@code gold}
     * @param predictions events by article id, each {@code {"status", "date", "parties": [{"name", "country"}]}}
     * @param errors how many missed and extra events to list
     */
    public static Figures score(List<JsonNode> labels, Map<String, List<JsonNode>> predictions, int errors) {
        int atp = 0, afp = 0, afn = 0, etp = 0, epred = 0, egold = 0;
        int stHit = 0, stN = 0, dtHit = 0, dtN = 0, spurious = 0, negArticles = 0;
        List<Miss> shown = new ArrayList<>();
        for (JsonNode g : labels) {
            String id = g.path("id").asText();
            List<JsonNode> events = predictions.getOrDefault(id, List.of());
            List<JsonNode> gevents = new ArrayList<>();
            if (g.path("agreement").asBoolean(false)) {
                g.path("gold").forEach(gevents::add);
            }
            if (!gevents.isEmpty() && !events.isEmpty()) {
                atp++;
            } else if (!gevents.isEmpty()) {
                afn++;
            } else if (!events.isEmpty()) {
                afp++;
            }
            if (gevents.isEmpty()) {
                negArticles++;
                spurious += events.size();
            }
            epred += events.size();
            egold += gevents.size();
            Set<Integer> taken = new HashSet<>();
            for (JsonNode ge : gevents) {
                int best = -1, bestN = 0;
                for (int i = 0; i < events.size(); i++) {
                    if (taken.contains(i)) {
                        continue;
                    }
                    int n = sidesMatched(ge, events.get(i));
                    if (n > bestN) {
                        best = i;
                        bestN = n;
                    }
                }
                if (best >= 0 && bestN >= 2) {
                    taken.add(best);
                    etp++;
                    JsonNode pe = events.get(best);
                    stN++;
                    if (text(pe, "status") != null && text(pe, "status").equals(text(ge, "status"))) {
                        stHit++;
                    }
                    if (text(ge, "date") != null && !text(ge, "date").isEmpty()) {
                        dtN++;
                        if (text(ge, "date").equals(text(pe, "date"))) {
                            dtHit++;
                        }
                    }
                } else if (shown.size() < errors) {
                    shown.add(new Miss("missed", id, text(ge, "status"), names(ge.path("arguments"), "text")));
                }
            }
            for (int i = 0; i < events.size(); i++) {
                if (!taken.contains(i) && shown.size() < errors) {
                    JsonNode pe = events.get(i);
                    shown.add(new Miss("extra", id, text(pe, "status"), names(pe.path("parties"), "name")));
                }
            }
        }
        double ap = atp + afp > 0 ? (double) atp / (atp + afp) : 0.0;
        double ar = atp + afn > 0 ? (double) atp / (atp + afn) : 0.0;
        double ep = epred > 0 ? (double) etp / epred : 0.0;
        double er = egold > 0 ? (double) etp / egold : 0.0;
        return new Figures(
                labels.size(),
                round(ap, 3),
                round(ar, 3),
                f1(ap, ar),
                atp,
                afp,
                afn,
                round(ep, 3),
                round(er, 3),
                f1(ep, er),
                etp,
                epred,
                egold,
                stN > 0 ? round((double) stHit / stN, 3) : null,
                dtN > 0 ? round((double) dtHit / dtN, 3) : null,
                dtN,
                negArticles > 0 ? round(100.0 * spurious / negArticles, 1) : null,
                shown);
    }

    /** How many distinct gold sides are matched by distinct predicted parties (greedy). */
    public static int sidesMatched(JsonNode goldEvent, JsonNode predicted) {
        Set<Integer> used = new HashSet<>();
        int n = 0;
        JsonNode parties = predicted.path("parties");
        for (JsonNode g : goldEvent.path("arguments")) {
            for (int i = 0; i < parties.size(); i++) {
                if (!used.contains(i) && sideMatches(g, parties.get(i))) {
                    used.add(i);
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    static boolean sideMatches(JsonNode goldSide, JsonNode party) {
        String g = goldSide.path("text").asText("");
        String p = party.path("name").isTextual() ? party.path("name").asText() : "";
        if (nameMatch(g, p) || acronymMatch(g, p)) {
            return true;
        }
        String code = text(goldSide, "code");
        return code != null && !code.isEmpty() && code.equals(text(party, "country"));
    }

    /** Containment of the name's tokens either way, or at least half of them shared. */
    static boolean nameMatch(String gold, String predicted) {
        Set<String> g = tokens(gold), p = tokens(predicted);
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        if (p.containsAll(g) || g.containsAll(p)) {
            return true;
        }
        Set<String> both = new HashSet<>(g);
        both.retainAll(p);
        Set<String> either = new HashSet<>(g);
        either.addAll(p);
        return (double) both.size() / either.size() >= 0.5;
    }

    /** "IMF" names "International Monetary Fund"; "LSE" names "London Stock Exchange". */
    static boolean acronymMatch(String a, String b) {
        return acronymOf(a, b) || acronymOf(b, a);
    }

    private static boolean acronymOf(String shortName, String longName) {
        String s = shortName.replace(".", "").strip();
        return s.length() >= 2
                && s.length() <= 6
                && isUpper(s)
                && !longName.isBlank()
                && longName.strip().split("\\s+").length >= 2
                && initials(longName).startsWith(s);
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            String w = m.group();
            if (!INITIALS_SKIP.contains(w.toLowerCase(Locale.ROOT))) {
                out.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return out.toString();
    }

    /** Python's str.isupper: at least one cased character, and no lower-case one. */
    private static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c);
        }
        return cased;
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(text(n, field)));
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static double f1(double p, double r) {
        return p + r > 0 ? round(2 * p * r / (p + r), 3) : 0.0;
    }

    /** Python's round(): the exact binary value, ties to even. */
    static double round(double value, int places) {
        return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A float as Python prints it ("0.5", "1.0", "None"). */
    static String py(Double value) {
        if (value == null) {
            return "None";
        }
        return value == Math.rint(value) && !Double.isInfinite(value)
                ? String.format(Locale.ROOT, "%.1f", value)
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
