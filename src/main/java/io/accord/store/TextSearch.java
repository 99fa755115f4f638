package io.accord.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code q=}: a substring of the events' search text, found through one of two indexes. The trigram index answers any
 * text, but a text of common trigrams ("company 4242") makes it read long posting lists to find nothing (16 ms at 1M
 * events). The word index (V12) answers such a text at once when one of its words is rare; for common words it would
 * mislead the plan, so it is asked only for words that PostgreSQL's own statistics of it call rare.
 */
@ApplicationScoped
public class TextSearch {

    /** The indexed expression of V12__search_words.sql, written the same way so that the planner uses the index. */
    static final String WORDS = "to_tsvector('simple', regexp_replace(e.search_text, '[^a-z0-9]+', ' ', 'g'))";
    /** A word is rare when at most this share of events holds it. */
    static final double RARE = 0.001;

    private static final long REFRESH_NANOS = 10L * 60 * 1_000_000_000;
    private static final Pattern WORD = Pattern.compile("[a-z]+|[0-9]+");
    private static final Pattern RUN = Pattern.compile("[^ ]+");

    @Inject
    Pool pool;

    private volatile Frequencies frequencies;

    /** One word of the text that the word index can stand for: whole, or the start of a longer word. */
    record Word(String text, boolean prefix) {
        String lexeme() {
            return prefix ? text + ":*" : text;
        }
    }

    /** The share of events that hold each common word, from pg_stats of the word index; what is absent is rare. */
    public record Frequencies(NavigableMap<String, Double> common, double floor, long loadedAt) {
        double of(Word w) {
            if (!w.prefix()) {
                return common.getOrDefault(w.text(), floor);
            }
            return common.subMap(w.text(), true, w.text() + Character.MAX_VALUE, true).values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
        }
    }

    /**
     * The words of {@code text} (lower-cased) that every match must hold as indexed: a run of letters or of digits with
     * a space before it in the text is a word of the match's text that starts there; with a space after it too, the
     * whole word. The first run may be the end of a longer word, and is never one.
     */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            String w = run.group();
            boolean spaceBefore = run.start() > 0;
            boolean spaceAfter = run.end() < text.length();
            if (spaceBefore && w.length() <= 100 && WORD.matcher(w).matches()) {
                words.add(new Word(w, !spaceAfter));
            }
        }
        return words;
    }

    /** The rare words of {@code text} as a tsquery ("4242:*"), or null when none is rare enough to lead the search. */
    static String rareWords(String text, Frequencies known) {
        List<String> rare = words(text).stream()
                // a prefix of one or two letters stands for too many words to lead
                .filter(w -> !(w.prefix() && w.text().length() < 3))
                .filter(w -> known.of(w) <= RARE)
                .map(Word::lexeme)
                .toList();
        return rare.isEmpty() ? null : String.join(" & ", rare);
    }

    /** The rare words of {@code text} as a tsquery, or null; the statistics are read again every ten minutes. */
    public Uni<String> rareWords(String text) {
        Frequencies known = frequencies;
        if (known != null && System.nanoTime() - known.loadedAt() < REFRESH_NANOS) {
            return Uni.createFrom().item(rareWords(text, known));
        }
        return refresh().map(loaded -> rareWords(text, loaded));
    }

    /** Reads the word index's common words from pg_stats (ANALYZE and autovacuum keep them). */
    public Uni<Frequencies> refresh() {
        // the last three of most_common_elem_freqs are the least and greatest frequency and the share of null rows
        return pool.query("SELECT u.word, u.freq FROM pg_stats s, unnest(s.most_common_elems::text::text[],"
                        + " s.most_common_elem_freqs) AS u(word, freq)"
                        + " WHERE s.tablename = 'events_search_words' AND u.word IS NOT NULL")
                .execute()
                .map(rows -> {
                    NavigableMap<String, Double> common = new TreeMap<>();
                    double floor = RARE;
                    for (Row row : rows) {
                        double freq = row.getDouble(1);
                        common.put(row.getString(0), freq);
                        floor = Math.min(floor, freq);
                    }
                    // a word absent is rarer than the least frequent one kept; without statistics, every word is rare
                    Frequencies loaded = new Frequencies(common, floor, System.nanoTime());
                    frequencies = loaded;
                    return loaded;
                });
    }

    static Frequencies frequencies(Map<String, Double> common) {
        return new Frequencies(new TreeMap<>(common), RARE, System.nanoTime());
    }
}
