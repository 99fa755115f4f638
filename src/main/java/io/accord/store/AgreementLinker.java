package io.accord.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.model.Agreement;
import io.accord.model.AgreementEvent;
import io.accord.model.Party;
import io.accord.runtime.AccordConfig;
import io.accord.store.AgreementMatching.Linkable;
import io.accord.store.AgreementRecords.Report;
import io.accord.text.Hashes;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links stored events to agreements, inside the store's write transaction: an event joins the agreement of every
 * earlier event it matches ({@link AgreementMatching}); when it matches several, they were one agreement all along and
 * are merged into the one given out first, the others answering with {@code mergedInto}. The records of the agreements
 * touched are then rebuilt from all their reports and returned for publishing.
 */
@ApplicationScoped
public class AgreementLinker {

    // the linked events with the same roots within the window, with the agreement each belongs to
    private static final String NEIGHBOURS = """
            SELECT DISTINCT e.id, e.agreement_id, e.sort_date, e.link_sides, e.link_roots, e.link_matter, g.created_at
            FROM unnest($1::text[], $2::date[]) AS n(roots, day)
            JOIN events e ON e.link_roots = n.roots AND e.sort_date BETWEEN n.day - $3::int AND n.day + $3::int
            JOIN agreements g ON g.id = e.agreement_id
            WHERE e.agreement_id IS NOT NULL""";

    // the columns a record is built from, not the documents: a big agreement's many reports stay cheap to read
    private static final String REPORTS = """
            SELECT e.agreement_id, e.id, e.status, e.sort_date, COALESCE(e.event_date, a.published) AS dated, e.confidence, e.subject,
                   e.stored_at, a.id AS article_id, a.source, a.published, COALESCE(a.story_id, a.id) AS story, e.mention
            FROM events e JOIN articles a ON a.id = e.article_id WHERE e.agreement_id = ANY($1)""";

    // a new agreement's row is written once, whole; a known one's replaced
    private static final String UPSERT_AGREEMENT = """
            INSERT INTO agreements (id, status, subject, agreement_date, first_reported, last_reported, report_count, article_count,
                                    confidence, document, party_keys, created_at, updated_at, sort_date)
            VALUES ($1, $2, $3, $4::date, $5, $6, $7, $8, $9, $10,
                    -- names lower-cased as the party filter's names are (party_names), by PostgreSQL
                    ARRAY(SELECT DISTINCT CASE WHEN left(k, 2) = 'n:' THEN lower(k) ELSE k END FROM unnest($11::text[]) k),
                    $12, $12, COALESCE($4::date, ($6::timestamptz AT TIME ZONE 'UTC')::date))
            ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, subject = EXCLUDED.subject, agreement_date = EXCLUDED.agreement_date,
                first_reported = EXCLUDED.first_reported, last_reported = EXCLUDED.last_reported, report_count = EXCLUDED.report_count,
                article_count = EXCLUDED.article_count, confidence = EXCLUDED.confidence,
                document = EXCLUDED.document, party_keys = EXCLUDED.party_keys, updated_at = EXCLUDED.updated_at, sort_date = EXCLUDED.sort_date""";

    /** The key of an agreement with at least one report (not known only from mentions). */
    public static final String REPORTED = "is:reported";

    /** An event to link: what the matcher compares, from the event itself, the day it sorts by and when it was stored. */
    public record ToLink(String id, LocalDate day, Instant storedAt, AgreementEvent event, String story) {
        Linkable linkable() {
            return new Linkable(
                    id, day, AgreementMatching.sides(event.parties()), AgreementMatching.matter(event.subject()));
        }

        /** The event as a report, as {@link #REPORTS} reads it back once stored. */
        Report report() {
            LocalDate published = EventStore.date(event.article().published());
            LocalDate eventDate = EventStore.date(event.date());
            LocalDate dated = eventDate != null ? eventDate : published;
            Instant reported =
                    published != null ? published.atStartOfDay(ZoneOffset.UTC).toInstant() : storedAt;
            return new Report(
                    id,
                    event.status(),
                    day,
                    dated == null ? null : dated.toString(),
                    event.confidence(),
                    event.subject(),
                    event.article().id(),
                    event.article().source(),
                    reported,
                    story,
                    event.isMention());
        }
    }

    /** The agreement an event joins, and what the linker will compare of it later. */
    public record Assignment(String agreement, String sides, String roots, String matter) {}

    /** Writes the events' assignments: with the events themselves (the store's upsert), or onto events already stored. */
    public interface AssignmentWriter {
        Uni<Void> write(Map<String, Assignment> assignments);
    }

    /**
     * What changed: the current record of each agreement touched, a pointer for each one merged away, and the agreement
     * each newly linked event joined.
     */
    public record Linked(List<Agreement> agreements, Map<String, String> agreementOfEvent) {
        public static final Linked NONE = new Linked(List.of(), Map.of());
    }

    @Inject
    AccordConfig config;

    @Inject
    ObjectMapper json;

    /**
     * Links {@code toLink} (events not yet linked) and rebuilds the records of their agreements and of
     * {@code alsoTouched} (agreements whose events were written again).
     */
    public Uni<Linked> link(
            SqlConnection c, List<ToLink> toLink, Collection<String> alsoTouched, AssignmentWriter writer) {
        int windowDays = config.agreements().windowDays();
        if (toLink.isEmpty() && alsoTouched.isEmpty()) {
            return writer.write(Map.of()).replaceWith(Linked.NONE);
        }
        List<Linkable> fresh = toLink.stream()
                .map(ToLink::linkable)
                .sorted(Comparator.comparing(Linkable::day).thenComparing(Linkable::id))
                .toList();
        List<String> roots = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        Set<String> locks = new TreeSet<>();
        for (Linkable l : fresh) {
            roots.add(l.roots());
            days.add(l.day());
            locks.add(l.roots());
        }
        // two store processes linking reports that could be one agreement take turns; the locks in one order, so never
        // a deadlock
        Uni<Void> locked = locks.isEmpty()
                ? Uni.createFrom().voidItem()
                : c.preparedQuery(
                                "SELECT pg_advisory_xact_lock(hashtext(k)) FROM (SELECT unnest($1::text[]) AS k ORDER BY 1) s")
                        .execute(Tuple.of(locks.toArray(String[]::new)))
                        .replaceWithVoid();
        return locked.chain(() -> fresh.isEmpty()
                        ? Uni.createFrom().item((Iterable<Row>) List.<Row>of())
                        : c.preparedQuery(NEIGHBOURS)
                                .execute(Tuple.of(
                                        roots.toArray(String[]::new), days.toArray(LocalDate[]::new), windowDays)))
                .chain(rows -> assign(c, toLink, fresh, rows, alsoTouched, windowDays, writer));
    }

    private Uni<Linked> assign(
            SqlConnection c,
            List<ToLink> toLink,
            List<Linkable> fresh,
            Iterable<Row> rows,
            Collection<String> alsoTouched,
            int windowDays,
            AssignmentWriter writer) {
        Map<String, List<Linkable>> known = new HashMap<>();
        Map<String, String> agreementOf = new HashMap<>();
        Map<String, Instant> created = new HashMap<>();
        for (Row r : rows) {
            String sides = r.getString("link_sides");
            if (sides == null) {
                continue;
            }
            Linkable l = new Linkable(
                    r.getString("id"),
                    r.getLocalDate("sort_date"),
                    sides,
                    r.getString("link_roots"),
                    r.getString("link_matter"));
            known.computeIfAbsent(l.roots(), k -> new ArrayList<>()).add(l);
            agreementOf.put(l.id(), r.getString("agreement_id"));
            created.put(
                    r.getString("agreement_id"),
                    r.getOffsetDateTime("created_at").toInstant());
        }
        Instant now = Instant.now();
        Map<String, String> keptBy = new HashMap<>();
        List<String> newAgreements = new ArrayList<>();
        for (Linkable e : fresh) {
            Set<String> matched = new TreeSet<>();
            for (Linkable k : known.getOrDefault(e.roots(), List.of())) {
                if (AgreementMatching.sameAgreement(e, k, windowDays)) {
                    matched.add(find(keptBy, agreementOf.get(k.id())));
                }
            }
            String agreement;
            if (matched.isEmpty()) {
                agreement = "agr_" + Hashes.sha256(e.id()).substring(0, 20);
                newAgreements.add(agreement);
                created.put(agreement, now);
            } else {
                // the agreement given out first is kept; the others now answer with it
                agreement = matched.stream()
                        .min(Comparator.comparing((String a) -> created.get(a)).thenComparing(a -> a))
                        .orElseThrow();
                for (String other : matched) {
                    if (!other.equals(agreement)) {
                        keptBy.put(other, agreement);
                    }
                }
            }
            agreementOf.put(e.id(), agreement);
            known.computeIfAbsent(e.roots(), k -> new ArrayList<>()).add(e);
        }
        Map<String, String> merges = new LinkedHashMap<>();
        keptBy.keySet().stream().sorted().forEach(m -> merges.put(m, find(keptBy, m)));
        Set<String> touched = new TreeSet<>();
        fresh.forEach(e -> touched.add(find(keptBy, agreementOf.get(e.id()))));
        alsoTouched.forEach(a -> touched.add(find(keptBy, a)));
        touched.removeAll(merges.keySet());
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        Map<String, Assignment> assignments = new LinkedHashMap<>();
        fresh.forEach(e -> assignments.put(
                e.id(), new Assignment(find(keptBy, agreementOf.get(e.id())), e.sides(), e.roots(), e.matter())));
        // an agreement first given out now and told only by this batch's events is built from them, nothing read back
        Set<String> fromBatch = new TreeSet<>(newAgreements);
        fromBatch.retainAll(touched);
        fromBatch.removeAll(keptBy.values());
        Rows rowsOfBuilt = new Rows();
        List<Agreement> built = buildFromBatch(toLink, assignments, fromBatch, rowsOfBuilt, at);
        Set<String> toRebuild = new TreeSet<>(touched);
        toRebuild.removeAll(fromBatch);
        List<Tuple> placeholders = newAgreements.stream()
                .filter(id -> !fromBatch.contains(id))
                .map(id -> Tuple.of(id, at))
                .toList();
        List<Agreement> pointers = merges.entrySet().stream()
                .map(m -> Agreement.mergedInto(m.getKey(), m.getValue()))
                .toList();
        return rowsOfBuilt
                .save(c)
                // the other new agreements (merged away, or kept in a merge, in this same batch) get a row for events
                // to point
                // at now: the merge moves the events of the one, the rebuild fills the other
                .chain(() -> placeholders.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : c.preparedQuery(
                                        "INSERT INTO agreements (id, document, created_at, updated_at) VALUES ($1, '{}', $2, $2) ON CONFLICT (id) DO NOTHING")
                                .executeBatch(placeholders)
                                .replaceWithVoid())
                .chain(() -> merges.isEmpty() ? Uni.createFrom().voidItem() : merge(c, merges, pointers, at))
                .chain(() -> writer.write(assignments))
                .chain(() -> rebuild(c, toRebuild, at))
                .map(records -> {
                    List<Agreement> all = new ArrayList<>(built);
                    all.addAll(records);
                    all.addAll(pointers);
                    Map<String, String> joined = new HashMap<>();
                    assignments.forEach((id, a) -> joined.put(id, a.agreement()));
                    return new Linked(all, joined);
                });
    }

    /** The records of {@code ids}, each told only by events of {@code toLink}: from those events alone. */
    private static List<Agreement> buildFromBatch(
            List<ToLink> toLink, Map<String, Assignment> assignments, Set<String> ids, Rows rows, OffsetDateTime at) {
        Map<String, List<ToLink>> told = new HashMap<>();
        toLink.forEach(t -> told.computeIfAbsent(assignments.get(t.id()).agreement(), k -> new ArrayList<>())
                .add(t));
        List<Agreement> built = new ArrayList<>();
        for (String id : ids) {
            List<Report> reports = told.get(id).stream().map(ToLink::report).toList();
            String principal = AgreementRecords.principal(reports);
            AgreementEvent event = told.get(id).stream()
                    .filter(t -> t.id().equals(principal))
                    .findFirst()
                    .orElseThrow()
                    .event();
            built.add(rows.add(AgreementRecords.build(id, reports, event), at));
        }
        return built;
    }

    /** Writes assignments onto events already stored (those stored before agreements existed). */
    static Uni<Void> update(SqlConnection c, Map<String, Assignment> assignments) {
        if (assignments.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return c.preparedQuery(
                        "UPDATE events SET agreement_id = $2, link_sides = $3, link_roots = $4, link_matter = $5 WHERE id = $1")
                .executeBatch(assignments.entrySet().stream()
                        .map(e -> Tuple.of(
                                e.getKey(),
                                e.getValue().agreement(),
                                e.getValue().sides(),
                                e.getValue().roots(),
                                e.getValue().matter()))
                        .toList())
                .replaceWithVoid();
    }

    /**
     * Agreements left without a report (their reports all joined others) now answer with the one most of them joined;
     * the pointers, to publish.
     */
    Uni<List<Agreement>> retire(SqlConnection c, Map<String, String> emptiedInto) {
        if (emptiedInto.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Agreement> pointers = emptiedInto.entrySet().stream()
                .map(m -> Agreement.mergedInto(m.getKey(), m.getValue()))
                .toList();
        return merge(c, emptiedInto, pointers, OffsetDateTime.now(ZoneOffset.UTC))
                .replaceWith(pointers);
    }

    private Uni<Void> merge(SqlConnection c, Map<String, String> merges, List<Agreement> pointers, OffsetDateTime at) {
        List<Tuple> moves = new ArrayList<>();
        List<Tuple> marks = new ArrayList<>();
        for (Agreement p : pointers) {
            moves.add(Tuple.of(p.id(), p.mergedInto()));
            marks.add(Tuple.of(p.id(), p.mergedInto(), write(p), at));
        }
        return c.preparedQuery("UPDATE events SET agreement_id = $2 WHERE agreement_id = $1")
                .executeBatch(moves)
                // an id merged earlier into one merged now points straight at the one kept
                .chain(() -> c.preparedQuery("UPDATE agreements SET merged_into = $2 WHERE merged_into = $1")
                        .executeBatch(moves))
                .chain(() -> c.preparedQuery("""
                        UPDATE agreements SET merged_into = $2, status = NULL, report_count = 0, article_count = 0, document = $3,
                            party_keys = '{}', updated_at = $4 WHERE id = $1""").executeBatch(marks))
                .replaceWithVoid();
    }

    /** Rebuilds and stores the records of these agreements from all their reports. */
    private Uni<List<Agreement>> rebuild(SqlConnection c, Set<String> ids, OffsetDateTime at) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Tuple idArray = Tuple.of(ids.toArray(String[]::new));
        return c.preparedQuery(REPORTS).execute(idArray).chain(rows -> {
            Map<String, List<Report>> reports = new LinkedHashMap<>();
            for (Row r : rows) {
                LocalDate published = r.getLocalDate("published");
                Instant reported = published != null
                        ? published.atStartOfDay(ZoneOffset.UTC).toInstant()
                        : r.getOffsetDateTime("stored_at").toInstant();
                LocalDate dated = r.getLocalDate("dated");
                String agreement = r.getString("agreement_id");
                reports.computeIfAbsent(agreement, k -> new ArrayList<>())
                        .add(new Report(
                                r.getString("id"),
                                r.getString("status"),
                                r.getLocalDate("sort_date"),
                                dated == null ? null : dated.toString(),
                                r.getDouble("confidence"),
                                r.getString("subject"),
                                r.getString("article_id"),
                                r.getString("source"),
                                reported,
                                r.getString("story"),
                                r.getBoolean("mention")));
            }
            Map<String, String> principals = new LinkedHashMap<>();
            reports.forEach((id, rs) -> principals.put(id, AgreementRecords.principal(rs)));
            return c.preparedQuery("SELECT id, document FROM events WHERE id = ANY($1)")
                    .execute(Tuple.of(principals.values().toArray(String[]::new)))
                    .chain(documents -> {
                        Map<String, AgreementEvent> events = new HashMap<>();
                        documents.forEach(d -> events.put(d.getString("id"), read(d.getString("document"))));
                        return store(c, ids, reports, principals, events, at);
                    });
        });
    }

    private Uni<List<Agreement>> store(
            SqlConnection c,
            Set<String> ids,
            Map<String, List<Report>> reports,
            Map<String, String> principals,
            Map<String, AgreementEvent> events,
            OffsetDateTime at) {
        Rows rows = new Rows();
        List<Agreement> records = new ArrayList<>();
        for (String id : ids) {
            List<Report> rs = reports.get(id);
            if (rs != null) {
                records.add(rows.add(AgreementRecords.build(id, rs, events.get(principals.get(id))), at));
            }
        }
        return rows.save(c).replaceWith(records);
    }

    /** The rows of agreement records. */
    private final class Rows {
        private final List<Tuple> agreements = new ArrayList<>();

        Agreement add(Agreement a, OffsetDateTime at) {
            agreements.add(Tuple.from(new Object[] {
                a.id(),
                a.status(),
                a.subject(),
                EventStore.date(a.date()),
                Instant.parse(a.firstReported()).atOffset(ZoneOffset.UTC),
                Instant.parse(a.lastReported()).atOffset(ZoneOffset.UTC),
                a.events(),
                a.articles(),
                a.confidence(),
                write(a),
                partyKeys(a),
                at
            }));
            return a;
        }

        Uni<Void> save(SqlConnection c) {
            return agreements.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : c.preparedQuery(UPSERT_AGREEMENT).executeBatch(agreements).replaceWithVoid();
        }
    }

    /**
     * What the party filters of GET /agreements match (V7__agreement_party_keys.sql): actor keys, countries, names
     * (lower-cased on writing); and {@link #REPORTED} for the reported filter (V9__mentions.sql).
     */
    static String[] partyKeys(Agreement a) {
        String[] parties = partyKeys(a.parties());
        if (!a.reported()) {
            return parties;
        }
        String[] keys = java.util.Arrays.copyOf(parties, parties.length + 1);
        keys[parties.length] = REPORTED;
        return keys;
    }

    /** The party keys of these sides, as the event and agreement rows keep them (V7, V10). */
    static String[] partyKeys(List<Party> parties) {
        Set<String> keys = new TreeSet<>();
        for (Party p : parties) {
            if (p.actor() != null) {
                keys.add("a:" + p.actor());
            }
            if (p.country() != null) {
                keys.add("c:" + p.country());
            }
            if (p.name() != null) {
                keys.add("n:" + p.name());
            }
        }
        return keys.toArray(String[]::new);
    }

    private static String find(Map<String, String> keptBy, String agreement) {
        String a = agreement;
        while (keptBy.containsKey(a)) {
            a = keptBy.get(a);
        }
        return a;
    }

    AgreementEvent read(String document) {
        try {
            return json.readValue(document, AgreementEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Agreement a) {
        try {
            return json.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
