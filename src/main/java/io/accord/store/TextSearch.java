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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * {@code q=}: a substring of the events' search text, found through one of two indexes. The trigram index answers any
 * text, but a text of common trigrams ("company 4242") makes it read long posting lists to find nothing (16 ms at 1M
 * events). The word index (V12) answers such a text at once when one of its words is rare; for common words it would
 * mislead the plan, so it is asked only for words that PostgreSQL's own statistics of it call rare.
 */
@ApplicationScoped
public class TextSearch {

    /** The indexed expression of V12__search_words.sql, written the same way so that the planner uses the index. */
    static final String WORDS = "to_tsvector('simple', regexp_replace(regexp_replace(e.search_text, '[^a-z0-9]+', ' ',"
            + " 'g'), '([a-z0-9]{200})', '\\1 ', 'g'))";
    /** A word is rare when at most this share of events holds it. */
    static final double RARE = 0.001;

    private static final Logger LOG = Logger.getLogger(TextSearch.class);
    private static final long REFRESH_NANOS = 10L * 60 * 1_000_000_000;
    private static final long RETRY_NANOS = 60L * 1_000_000_000;
    /** Above this many events, a word index without statistics is not asked. */
    private static final double UNANALYSED_EVENTS = 100_000;

    private static final Pattern WORD = Pattern.compile("[a-z]+|[0-9]+");
    private static final Pattern RUN = Pattern.compile("[^ ]+");

    @Inject
    Pool pool;

    private volatile Frequencies frequencies;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile long lastAttempt = System.nanoTime() - RETRY_NANOS;

    /** One word of the text that the word index can stand for: whole, or the start of a longer word. */
    record Word(String text, boolean prefix) {
        String lexeme() {
            return prefix ? text + ":*" : text;
        }
    }

    /** The share of events that hold each common word, from pg_stats of the word index; what is absent is rare. */
    public record Frequencies(NavigableMap<String, Double> common, double floor, boolean usable, long loadedAt) {
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

    /** Every word of {@code text} that every match holds as indexed, as a tsquery; null when there is none. */
    static String allWords(String text) {
        List<String> all = words(text).stream().map(Word::lexeme).toList();
        return all.isEmpty() ? null : String.join(" & ", all);
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

    /**
     * The rare words of {@code text} as a tsquery, or null. Never waits: the statistics are read in the background,
     * every ten minutes; until they are read, and whenever they cannot be, the trigram index answers alone.
     */
    public String rareWords(String text) {
        Frequencies known = frequencies;
        long now = System.nanoTime();
        if ((known == null || now - known.loadedAt() >= REFRESH_NANOS)
                && now - lastAttempt >= RETRY_NANOS
                && refreshing.compareAndSet(false, true)) {
            lastAttempt = now;
            refresh().subscribe().with(loaded -> refreshing.set(false), failure -> {
                refreshing.set(false);
                LOG.warnf(
                        "could not read the word index's statistics (%s); q= keeps its last plan", failure.toString());
            });
        }
        return known == null || !known.usable() ? null : rareWords(text, known);
    }

    /** Reads the word index's common words from pg_stats (ANALYZE and autovacuum keep them). */
    public Uni<Frequencies> refresh() {
        // most_common_elem_freqs ends with the least and greatest frequency: unnest pads the words with nulls there
        Uni<Double> events = pool.query("SELECT reltuples FROM pg_class WHERE oid = 'events'::regclass")
                .execute()
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getDouble(0) : -1.0);
        Uni<NavigableMap<String, Double>> common = pool.query(
                        "SELECT u.word, u.freq FROM pg_stats s, unnest(s.most_common_elems::text::text[],"
                                + " s.most_common_elem_freqs) AS u(word, freq)"
                                + " WHERE s.schemaname = current_schema() AND s.tablename = 'events_search_words'"
                                + " AND u.word IS NOT NULL")
                .execute()
                .map(rows -> {
                    NavigableMap<String, Double> words = new TreeMap<>();
                    for (Row row : rows) {
                        words.put(row.getString(0), row.getDouble(1));
                    }
                    return words;
                });
        return Uni.combine().all().unis(events, common).with((rows, words) -> {
            double floor = words.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .min()
                    .orElse(RARE);
            // without statistics every word looks rare: fine for a small table, a risk of a slow plan for a large one
            // (a role that does not own the index cannot see them)
            boolean usable = !words.isEmpty() || rows < UNANALYSED_EVENTS;
            if (!usable) {
                LOG.warn("no statistics of the word index events_search_words are visible (ANALYZE events, or run the"
                        + " store as the index's owner); q= uses the trigram index alone");
            }
            Frequencies loaded = new Frequencies(words, Math.min(floor, RARE), usable, System.nanoTime());
            frequencies = loaded;
            return loaded;
        });
    }

    static Frequencies frequencies(Map<String, Double> common) {
        return new Frequencies(new TreeMap<>(common), RARE, true, System.nanoTime());
    }
}
