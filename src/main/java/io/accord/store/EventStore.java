package io.accord.store;

import io.accord.model.Agreement;
import io.accord.model.AgreementEvent;
import io.accord.model.ArticleRef;
import io.accord.model.Party;
import io.accord.runtime.AccordConfig;
import io.accord.text.StoryFingerprint;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Idempotent writes of events, many at a time: the event id is deterministic, so a re-delivered event updates its row
 * in place and its parties and evidence are replaced, never appended. A batch is one transaction of a few batched
 * statements (articles, events, parties, party names, evidence) whatever its size: the store's cost per event is then mostly
 * PostgreSQL's, not round trips. Reads go through Hibernate Reactive ({@link EventRepository}); this is the write path.
 */
@ApplicationScoped
public class EventStore {

    private static final String INSERT_ARTICLE = """
            INSERT INTO articles (id, url, title, source, published, first_seen, story_id, fingerprint, story_bands)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING""";

    // sort_date as before: the event's date, else its stored article's, else the day it was first stored
    private static final String UPSERT_EVENT = """
            INSERT INTO events (id, article_id, status, cameo, plover_event, plover_context, subject, event_date, sort_date,
                                date_precision, confidence, extractor, search_text, document, stored_at, updated_at,
                                agreement_id, link_sides, link_roots, link_matter, mention, party_keys)
            VALUES ($1, $2::varchar, $3, $4, $5, $6, $7, $8::date,
                    COALESCE($8::date, (SELECT published FROM articles WHERE id = $2::varchar), ($14::timestamptz AT TIME ZONE 'UTC')::date),
                    $9, $10, $11, $12, $13, $14, $14, $15, $16, $17, $18, $19,
                    -- names lower-cased as the party filter's names are (party_names), by PostgreSQL
                    ARRAY(SELECT DISTINCT CASE WHEN left(k, 2) = 'n:' THEN lower(k) ELSE k END FROM unnest($20::text[]) k))
            ON CONFLICT (id) DO UPDATE SET
                article_id = EXCLUDED.article_id, status = EXCLUDED.status, cameo = EXCLUDED.cameo,
                plover_event = EXCLUDED.plover_event, plover_context = EXCLUDED.plover_context, subject = EXCLUDED.subject,
                event_date = EXCLUDED.event_date,
                sort_date = COALESCE(EXCLUDED.event_date, (SELECT published FROM articles WHERE id = EXCLUDED.article_id),
                                     (events.stored_at AT TIME ZONE 'UTC')::date),
                date_precision = EXCLUDED.date_precision, confidence = EXCLUDED.confidence, extractor = EXCLUDED.extractor,
                search_text = EXCLUDED.search_text, document = EXCLUDED.document, updated_at = EXCLUDED.updated_at,
                party_keys = EXCLUDED.party_keys,
                -- a re-delivered event keeps its agreement; one stored before agreements existed gets one now
                agreement_id = COALESCE(events.agreement_id, EXCLUDED.agreement_id),
                link_sides = COALESCE(events.link_sides, EXCLUDED.link_sides), link_roots = COALESCE(events.link_roots, EXCLUDED.link_roots),
                link_matter = COALESCE(events.link_matter, EXCLUDED.link_matter)
            RETURNING (xmax = 0) AS inserted""";

    private static final String INSERT_PARTY = """
            INSERT INTO event_parties (event_id, position, name, actor, country, sector, kind) VALUES ($1, $2, $3, $4, $5, $6, $7)""";

    // lower() in PostgreSQL, so that the names match the lower(name) the queries compare them with
    private static final String INSERT_PARTY_NAME = """
            INSERT INTO party_names (name) VALUES (lower($1)) ON CONFLICT DO NOTHING""";

    private static final String INSERT_EVIDENCE = """
            INSERT INTO event_evidence (event_id, position, text, start_char, end_char) VALUES ($1, $2, $3, $4, $5)""";

    /** An event to write, with its document exactly as it was published. */
    /** An event to write, its document as received, and its article's story fingerprint (null if none came). */
    public record Write(AgreementEvent event, String document, StoryFingerprint story) {
        public Write(AgreementEvent event, String document) {
            this(event, document, null);
        }
    }

    /** What a write did: the ids of the events that were new, and the agreements whose records changed with them. */
    public record Stored(Set<String> inserted, List<Agreement> agreements, Map<String, String> agreementOfEvent) {}

    @Inject
    Pool pool;

    @Inject
    AgreementLinker linker;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Inject
    AccordConfig config;

    /** Writes the batch in one transaction, each event linked to its agreement. */
    public Uni<Stored> upsert(List<Write> batch) {
        // the last delivery of an event wins, as it would have one write at a time
        Map<String, Write> byId = new LinkedHashMap<>();
        batch.forEach(w -> byId.put(w.event().id(), w));
        List<Write> writes = List.copyOf(byId.values());
        // PostgreSQL keeps microseconds: a record built from this batch must equal the one rebuilt from the rows later
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Map<String, String> storyOf = new HashMap<>();
        return pool.withTransaction(connection -> articles(connection, writes, now)
                .invoke(storyOf::putAll)
                .chain(() -> config.agreements().enabled()
                        ? stored(connection, writes)
                        : Uni.createFrom().item(Map.<String, Known>of()))
                .chain(known -> {
                    AtomicReference<Set<String>> inserted = new AtomicReference<>();
                    AgreementLinker.AssignmentWriter write = assignments -> connection
                            .preparedQuery(UPSERT_EVENT)
                            .executeBatch(writes.stream()
                                    .map(w -> eventRow(
                                            w, now, assignments.get(w.event().id())))
                                    .toList())
                            .chain(result -> {
                                inserted.set(insertedIds(writes, result));
                                List<String> updated = writes.stream()
                                        .map(w -> w.event().id())
                                        .filter(id -> !inserted.get().contains(id))
                                        .toList();
                                return replaceDetails(connection, writes, updated);
                            });
                    if (!config.agreements().enabled()) {
                        return write.write(Map.of()).map(v -> new Stored(inserted.get(), List.of(), Map.of()));
                    }
                    // events new to the store (or stored before agreements existed) are linked; the agreements of the
                    // others rebuilt
                    List<AgreementLinker.ToLink> toLink = new ArrayList<>();
                    Set<String> touched = new TreeSet<>();
                    for (Write w : writes) {
                        Known k = known.get(w.event().id());
                        if (k != null && k.agreement() != null) {
                            touched.add(k.agreement());
                        } else {
                            toLink.add(new AgreementLinker.ToLink(
                                    w.event().id(),
                                    day(w.event(), now),
                                    k != null ? k.storedAt() : now.toInstant(),
                                    w.event(),
                                    storyOf.getOrDefault(
                                            w.event().article().id(),
                                            w.event().article().id())));
                        }
                    }
                    return linker.link(connection, toLink, touched, write)
                            .map(linked -> new Stored(inserted.get(), linked.agreements(), linked.agreementOfEvent()));
                }));
    }

    /** What one page of re-keying did: how many events it moved, and the agreement records that changed. */
    public record Rekeyed(int events, List<Agreement> agreements) {}

    /**
     * Moves up to {@code page} stored events whose parties still carry a key in {@code moves} to the key the side has
     * now ({@code org:gm} → {@code org:general-motors}, once "GM" is a known alias), and links them afresh: agreements
     * split only by the two keys become one, and one left without a report answers with the one its reports joined.
     */
    public Uni<Rekeyed> rekeyActors(Map<String, String> moves, int page) {
        if (moves.isEmpty()) {
            return Uni.createFrom().item(new Rekeyed(0, List.of()));
        }
        String[] oldKeys = moves.keySet().toArray(String[]::new);
        return pool.withTransaction(connection -> connection
                .preparedQuery("""
                        SELECT e.id, e.sort_date, e.stored_at, e.document, e.agreement_id, COALESCE(a.story_id, a.id) AS story
                        FROM events e JOIN articles a ON a.id = e.article_id
                        WHERE e.id IN (SELECT event_id FROM event_parties WHERE actor = ANY($1)) ORDER BY e.sort_date, e.id LIMIT $2""")
                .execute(Tuple.of(oldKeys, page))
                .chain(rows -> {
                    List<AgreementLinker.ToLink> toLink = new ArrayList<>();
                    Map<String, String> formerAgreement = new HashMap<>();
                    List<Tuple> documents = new ArrayList<>();
                    for (Row r : rows) {
                        String id = r.getString("id");
                        AgreementEvent event = linker.read(r.getString("document"));
                        AgreementEvent moved = event.withParties(event.parties().stream()
                                .map(p -> moves.containsKey(p.actor())
                                        ? new Party(p.name(), moves.get(p.actor()), p.country(), p.sector(), p.kind())
                                        : p)
                                .toList());
                        documents.add(Tuple.of(id, json(moved)));
                        toLink.add(new AgreementLinker.ToLink(
                                id,
                                r.getLocalDate("sort_date"),
                                r.getOffsetDateTime("stored_at").toInstant(),
                                moved,
                                r.getString("story")));
                        if (r.getString("agreement_id") != null) {
                            formerAgreement.put(id, r.getString("agreement_id"));
                        }
                    }
                    if (toLink.isEmpty()) {
                        return Uni.createFrom().item(new Rekeyed(0, List.of()));
                    }
                    String[] ids =
                            toLink.stream().map(AgreementLinker.ToLink::id).toArray(String[]::new);
                    Uni<Void> written = connection
                            .preparedQuery("UPDATE events SET document = $2 WHERE id = $1")
                            .executeBatch(documents)
                            .chain(() -> connection
                                    .preparedQuery(
                                            "UPDATE event_parties SET actor = $2 WHERE actor = $1 AND event_id = ANY($3)")
                                    .executeBatch(moves.entrySet().stream()
                                            .map(m -> Tuple.of(m.getKey(), m.getValue(), ids))
                                            .toList()))
                            .chain(() -> connection
                                    .preparedQuery(
                                            "UPDATE events SET party_keys = ARRAY(SELECT DISTINCT unnest(array_replace(party_keys, $1, $2)))"
                                                    + " WHERE id = ANY($3) AND NOT mention")
                                    .executeBatch(moves.entrySet().stream()
                                            .map(m -> Tuple.of("a:" + m.getKey(), "a:" + m.getValue(), ids))
                                            .toList()))
                            .replaceWithVoid();
                    if (!config.agreements().enabled()) {
                        return written.replaceWith(new Rekeyed(toLink.size(), List.of()));
                    }
                    Set<String> former = new TreeSet<>(formerAgreement.values());
                    return written.chain(() -> linker.link(
                                    connection,
                                    toLink,
                                    former,
                                    assignments -> AgreementLinker.update(connection, assignments)))
                            .chain(linked -> retireEmptied(connection, formerAgreement, linked)
                                    .map(pointers -> {
                                        List<Agreement> changed = new ArrayList<>(linked.agreements());
                                        changed.addAll(pointers);
                                        return new Rekeyed(toLink.size(), changed);
                                    }));
                }));
    }

    /** Each former agreement no event points at any more answers with the agreement most of its events joined. */
    private Uni<List<Agreement>> retireEmptied(
            SqlConnection connection, Map<String, String> formerAgreement, AgreementLinker.Linked linked) {
        Set<String> former = new TreeSet<>(formerAgreement.values());
        return connection
                .preparedQuery("SELECT DISTINCT agreement_id FROM events WHERE agreement_id = ANY($1)")
                .execute(Tuple.of(former.toArray(String[]::new)))
                .chain(rows -> {
                    Set<String> stillTold = new HashSet<>();
                    rows.forEach(r -> stillTold.add(r.getString("agreement_id")));
                    Map<String, Map<String, Integer>> joined = new HashMap<>();
                    formerAgreement.forEach((event, agreement) -> {
                        String now = linked.agreementOfEvent().get(event);
                        if (now != null && !now.equals(agreement) && !stillTold.contains(agreement)) {
                            joined.computeIfAbsent(agreement, k -> new HashMap<>())
                                    .merge(now, 1, Integer::sum);
                        }
                    });
                    Map<String, String> emptiedInto = new LinkedHashMap<>();
                    joined.entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .forEach(e -> emptiedInto.put(
                                    e.getKey(),
                                    e.getValue().entrySet().stream()
                                            .max(Map.Entry.<String, Integer>comparingByValue()
                                                    .thenComparing(Map.Entry.comparingByKey()))
                                            .orElseThrow()
                                            .getKey()));
                    return linker.retire(connection, emptiedInto);
                });
    }

    private String json(AgreementEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Links up to {@code page} of the events stored before agreements existed; the records of what changed. */
    public Uni<List<Agreement>> linkUnlinked(int page) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("""
                        SELECT e.id, e.sort_date, e.stored_at, e.document, COALESCE(a.story_id, a.id) AS story
                        FROM events e JOIN articles a ON a.id = e.article_id
                        WHERE e.agreement_id IS NULL ORDER BY e.sort_date, e.id LIMIT $1""")
                .execute(Tuple.of(page))
                .chain(rows -> {
                    List<AgreementLinker.ToLink> toLink = new ArrayList<>();
                    for (Row r : rows) {
                        toLink.add(new AgreementLinker.ToLink(
                                r.getString("id"),
                                r.getLocalDate("sort_date"),
                                r.getOffsetDateTime("stored_at").toInstant(),
                                linker.read(r.getString("document")),
                                r.getString("story")));
                    }
                    return linker.link(
                            connection,
                            toLink,
                            List.of(),
                            assignments -> AgreementLinker.update(connection, assignments));
                })
                .map(AgreementLinker.Linked::agreements));
    }

    /** An event of the batch already stored: its agreement (null if stored before agreements existed) and when it was stored. */
    private record Known(String agreement, Instant storedAt) {}

    private static Uni<Map<String, Known>> stored(SqlConnection connection, List<Write> writes) {
        return connection
                .preparedQuery("SELECT id, agreement_id, stored_at FROM events WHERE id = ANY($1)")
                .execute(Tuple.of(writes.stream().map(w -> w.event().id()).toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Known> known = new HashMap<>();
                    rows.forEach(r -> known.put(
                            r.getString("id"),
                            new Known(
                                    r.getString("agreement_id"),
                                    r.getOffsetDateTime("stored_at").toInstant())));
                    return known;
                });
    }

    /** The day an event is linked by, as its sort_date will be: its date, else its article's, else today. */
    private static LocalDate day(AgreementEvent e, OffsetDateTime now) {
        LocalDate d = date(e.date());
        if (d == null) {
            d = date(e.article().published());
        }
        return d != null ? d : now.toLocalDate();
    }

    /**
     * Stores the batch's articles; an article new to the store with a fingerprint joins the story of an earlier version
     * ({@link StoryFingerprint#isVersion}, within {@link StoryFingerprint#VERSION_DAYS} days). The story of each article.
     */
    private static Uni<Map<String, String>> articles(SqlConnection connection, List<Write> writes, OffsetDateTime now) {
        Map<String, ArticleRef> articles = new LinkedHashMap<>();
        Map<String, StoryFingerprint> prints = new HashMap<>();
        writes.forEach(w -> {
            articles.putIfAbsent(w.event().article().id(), w.event().article());
            if (w.story() != null) {
                prints.putIfAbsent(w.event().article().id(), w.story());
            }
        });
        String[] ids = articles.keySet().toArray(String[]::new);
        return connection
                .preparedQuery("SELECT id, COALESCE(story_id, id) AS story FROM articles WHERE id = ANY($1)")
                .execute(Tuple.of(ids))
                .chain(rows -> {
                    Map<String, String> storyOf = new HashMap<>();
                    rows.forEach(r -> storyOf.put(r.getString("id"), r.getString("story")));
                    List<ArticleRef> fresh = articles.values().stream()
                            .filter(a -> !storyOf.containsKey(a.id()))
                            .sorted(Comparator.comparing((ArticleRef a) -> a.published() == null ? "" : a.published())
                                    .thenComparing(ArticleRef::id))
                            .toList();
                    List<Version> batchVersions = new ArrayList<>();
                    return Multi.createFrom()
                            .iterable(fresh)
                            .onItem()
                            .transformToUniAndConcatenate(a -> {
                                StoryFingerprint print = prints.get(a.id());
                                LocalDate day = date(a.published()) != null ? date(a.published()) : now.toLocalDate();
                                Uni<String> story = print == null
                                        ? Uni.createFrom().item(a.id())
                                        : storyOf(connection, a.id(), print, day, batchVersions);
                                return story.map(st -> {
                                    storyOf.put(a.id(), st);
                                    if (print != null) {
                                        batchVersions.add(new Version(a.id(), st, print, day));
                                    }
                                    return Tuple.from(new Object[] {
                                        a.id(),
                                        a.url(),
                                        a.title(),
                                        a.source(),
                                        date(a.published()),
                                        now,
                                        st.equals(a.id()) ? null : st,
                                        print == null ? null : io.vertx.core.buffer.Buffer.buffer(print.toBytes()),
                                        print == null ? null : boxed(print.bands())
                                    });
                                });
                            })
                            .collect()
                            .asList()
                            .chain(tuples -> tuples.isEmpty()
                                    ? Uni.createFrom().voidItem()
                                    : connection
                                            .preparedQuery(INSERT_ARTICLE)
                                            .executeBatch(tuples)
                                            .replaceWithVoid())
                            .replaceWith(storyOf);
                });
    }

    /** An article of this batch already given its story: a later one of the batch may be its version. */
    private record Version(String article, String story, StoryFingerprint print, LocalDate day) {}

    private static Uni<String> storyOf(
            SqlConnection connection, String article, StoryFingerprint print, LocalDate day, List<Version> batch) {
        return connection
                .preparedQuery("""
                        SELECT id, COALESCE(story_id, id) AS story, fingerprint FROM articles
                        WHERE story_bands && $1
                          AND COALESCE(published, (first_seen AT TIME ZONE 'UTC')::date) BETWEEN $2::date - $3::int AND $2::date + $3::int
                        ORDER BY first_seen, id LIMIT 50""")
                .execute(Tuple.of(boxed(print.bands()), day, StoryFingerprint.VERSION_DAYS))
                .map(rows -> {
                    String best = null;
                    double bestOverlap = 0;
                    for (Row r : rows) {
                        StoryFingerprint other = StoryFingerprint.fromBytes(
                                r.getBuffer("fingerprint").getBytes());
                        double o = other == null || !print.isVersion(other) ? 0 : print.overlap(other);
                        if (o > 0 && o >= bestOverlap) {
                            best = r.getString("story");
                            bestOverlap = o;
                        }
                    }
                    for (Version v : batch) {
                        double o = Math.abs(ChronoUnit.DAYS.between(v.day(), day)) <= StoryFingerprint.VERSION_DAYS
                                        && print.isVersion(v.print())
                                ? print.overlap(v.print())
                                : 0;
                        if (o > 0 && o >= bestOverlap) {
                            best = v.story();
                            bestOverlap = o;
                        }
                    }
                    return best != null ? best : article;
                });
    }

    private static Long[] boxed(long[] values) {
        Long[] out = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static Uni<Void> replaceDetails(SqlConnection connection, List<Write> writes, List<String> updated) {
        List<Tuple> parties = new ArrayList<>();
        List<Tuple> evidence = new ArrayList<>();
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Write w : writes) {
            AgreementEvent e = w.event();
            // a mention's names serve the agreements' party filter; its parties and evidence rows only GET /events
            if (e.isMention()) {
                e.parties().forEach(p -> names.add(p.name()));
                continue;
            }
            for (int i = 0; i < e.parties().size(); i++) {
                var p = e.parties().get(i);
                parties.add(
                        Tuple.from(new Object[] {e.id(), i, p.name(), p.actor(), p.country(), p.sector(), p.kind()}));
                names.add(p.name());
            }
            for (int i = 0; i < e.evidence().size(); i++) {
                var v = e.evidence().get(i);
                evidence.add(Tuple.from(new Object[] {e.id(), i, v.text(), v.start(), v.end()}));
            }
        }
        Tuple updatedIds = Tuple.of(updated.toArray(String[]::new));
        Uni<Void> cleared = updated.isEmpty()
                ? Uni.createFrom().voidItem()
                : connection
                        .preparedQuery("DELETE FROM event_parties WHERE event_id = ANY($1)")
                        .execute(updatedIds)
                        .chain(() -> connection
                                .preparedQuery("DELETE FROM event_evidence WHERE event_id = ANY($1)")
                                .execute(updatedIds))
                        .replaceWithVoid();
        return cleared.chain(() -> parties.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : connection
                                .preparedQuery(INSERT_PARTY)
                                .executeBatch(parties)
                                .replaceWithVoid())
                // sorted, so that concurrent store transactions take the name rows' locks in the same order
                .chain(() -> names.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : connection
                                .preparedQuery(INSERT_PARTY_NAME)
                                .executeBatch(names.stream().map(Tuple::of).toList())
                                .replaceWithVoid())
                .chain(() -> evidence.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : connection
                                .preparedQuery(INSERT_EVIDENCE)
                                .executeBatch(evidence)
                                .replaceWithVoid());
    }

    private static Tuple eventRow(Write w, OffsetDateTime now, AgreementLinker.Assignment a) {
        AgreementEvent e = w.event();
        return Tuple.from(new Object[] {
            e.id(),
            e.article().id(),
            e.status(),
            e.cameo(),
            e.plover() == null ? null : e.plover().event(),
            e.plover() == null ? null : e.plover().context(),
            e.subject(),
            date(e.date()),
            e.datePrecision(),
            e.confidence(),
            e.extractor(),
            searchText(e),
            w.document(),
            now,
            a == null ? null : a.agreement(),
            a == null ? null : a.sides(),
            a == null ? null : a.roots(),
            a == null ? null : a.matter(),
            e.isMention(),
            e.isMention() ? new String[0] : AgreementLinker.partyKeys(e.parties())
        });
    }

    /** A batched statement answers one row set per tuple, in order. */
    private static Set<String> insertedIds(List<Write> writes, RowSet<Row> result) {
        Set<String> inserted = new HashSet<>();
        RowSet<Row> rows = result;
        for (Write w : writes) {
            if (rows.iterator().next().getBoolean("inserted")) {
                inserted.add(w.event().id());
            }
            rows = rows.next();
        }
        return inserted;
    }

    private static String searchText(AgreementEvent e) {
        return Stream.concat(
                        Stream.of(
                                e.subject(),
                                e.article().title(),
                                e.speaker() == null ? null : e.speaker().name()),
                        Stream.concat(
                                e.parties().stream().map(p -> p.name()),
                                e.evidence().stream().map(v -> v.text())))
                .filter(s -> s != null)
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
    }

    static LocalDate date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
