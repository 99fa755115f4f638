package io.accord.store;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.accord.app.AccordConfig;
import io.accord.extraction.Hashes;
import io.accord.model.Agreement;
import io.accord.model.AgreementEvent;
import io.accord.store.AgreementMatching.Linkable;
import io.accord.store.AgreementRecords.Report;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

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
                   e.stored_at, a.id AS article_id, a.source, a.published, a.title
            FROM events e JOIN articles a ON a.id = e.article_id WHERE e.agreement_id = ANY($1)""";

    private static final String UPDATE_AGREEMENT = """
            UPDATE agreements SET status = $2, subject = $3, agreement_date = $4::date, first_reported = $5, last_reported = $6,
                report_count = $7, article_count = $8, confidence = $9, search_text = $10, document = $11, updated_at = $12,
                sort_date = COALESCE($4::date, ($6::timestamptz AT TIME ZONE 'UTC')::date)
            WHERE id = $1""";

    private static final String INSERT_PARTY = """
            INSERT INTO agreement_parties (agreement_id, position, name, actor, country, sector, kind) VALUES ($1, $2, $3, $4, $5, $6, $7)""";

    /** An event to link: what the matcher compares, from the event itself and the day it was stored under. */
    public record ToLink(String id, LocalDate day, AgreementEvent event) {
        Linkable linkable() {
            return new Linkable(id, day, AgreementMatching.sides(event.parties()), AgreementMatching.matter(event.subject()));
        }
    }

    /** The agreement an event joins, and what the linker will compare of it later. */
    public record Assignment(String agreement, String sides, String roots, String matter) {
    }

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

    /** The most subjects and titles an agreement's search text keeps. */
    private static final int MAX_SEARCH_PARTS = 200;

    @Inject
    AccordConfig config;

    @Inject
    ObjectMapper json;

    /**
     * Links {@code toLink} (events not yet linked) and rebuilds the records of their agreements and of
     * {@code alsoTouched} (agreements whose events were written again).
     */
    public Uni<Linked> link(SqlConnection c, List<ToLink> toLink, Collection<String> alsoTouched, AssignmentWriter writer) {
        int windowDays = config.agreements().windowDays();
        if (toLink.isEmpty() && alsoTouched.isEmpty()) {
            return writer.write(Map.of()).replaceWith(Linked.NONE);
        }
        List<Linkable> fresh = toLink.stream().map(ToLink::linkable)
                .sorted(Comparator.comparing(Linkable::day).thenComparing(Linkable::id)).toList();
        List<String> roots = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        Set<String> locks = new TreeSet<>();
        for (Linkable l : fresh) {
            roots.add(l.roots());
            days.add(l.day());
            locks.add(l.roots());
        }
        // two store processes linking reports that could be one agreement take turns; the locks in one order, so never a deadlock
        Uni<Void> locked = locks.isEmpty() ? Uni.createFrom().voidItem()
                : c.preparedQuery("SELECT pg_advisory_xact_lock(hashtext(k)) FROM (SELECT unnest($1::text[]) AS k ORDER BY 1) s")
                        .execute(Tuple.of(locks.toArray(String[]::new))).replaceWithVoid();
        return locked
                .chain(() -> fresh.isEmpty() ? Uni.createFrom().item((Iterable<Row>) List.<Row> of())
                        : c.preparedQuery(NEIGHBOURS).execute(Tuple.of(roots.toArray(String[]::new), days.toArray(LocalDate[]::new), windowDays)))
                .chain(rows -> assign(c, fresh, rows, alsoTouched, windowDays, writer));
    }

    private Uni<Linked> assign(SqlConnection c, List<Linkable> fresh, Iterable<Row> rows, Collection<String> alsoTouched, int windowDays,
            AssignmentWriter writer) {
        Map<String, List<Linkable>> known = new HashMap<>();
        Map<String, String> agreementOf = new HashMap<>();
        Map<String, Instant> created = new HashMap<>();
        for (Row r : rows) {
            String sides = r.getString("link_sides");
            if (sides == null) {
                continue;
            }
            Linkable l = new Linkable(r.getString("id"), r.getLocalDate("sort_date"), sides, r.getString("link_roots"), r.getString("link_matter"));
            known.computeIfAbsent(l.roots(), k -> new ArrayList<>()).add(l);
            agreementOf.put(l.id(), r.getString("agreement_id"));
            created.put(r.getString("agreement_id"), r.getOffsetDateTime("created_at").toInstant());
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
                agreement = matched.stream().min(Comparator.comparing((String a) -> created.get(a)).thenComparing(a -> a)).orElseThrow();
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
        List<Tuple> inserts = newAgreements.stream().map(id -> Tuple.of(id, at)).toList();
        Map<String, Assignment> assignments = new LinkedHashMap<>();
        fresh.forEach(e -> assignments.put(e.id(), new Assignment(find(keptBy, agreementOf.get(e.id())), e.sides(), e.roots(), e.matter())));
        List<Agreement> pointers = merges.entrySet().stream().map(m -> Agreement.mergedInto(m.getKey(), m.getValue())).toList();
        return (inserts.isEmpty() ? Uni.createFrom().voidItem()
                : c.preparedQuery("INSERT INTO agreements (id, document, created_at, updated_at) VALUES ($1, '{}', $2, $2) ON CONFLICT (id) DO NOTHING")
                        .executeBatch(inserts).replaceWithVoid())
                .chain(() -> merges.isEmpty() ? Uni.createFrom().voidItem() : merge(c, merges, pointers, at))
                .chain(() -> writer.write(assignments))
                .chain(() -> rebuild(c, touched, at))
                .map(records -> {
                    List<Agreement> all = new ArrayList<>(records);
                    all.addAll(pointers);
                    Map<String, String> joined = new HashMap<>();
                    assignments.forEach((id, a) -> joined.put(id, a.agreement()));
                    return new Linked(all, joined);
                });
    }

    /** Writes assignments onto events already stored (those stored before agreements existed). */
    static Uni<Void> update(SqlConnection c, Map<String, Assignment> assignments) {
        if (assignments.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return c.preparedQuery("UPDATE events SET agreement_id = $2, link_sides = $3, link_roots = $4, link_matter = $5 WHERE id = $1")
                .executeBatch(assignments.entrySet().stream().map(e -> Tuple.of(e.getKey(), e.getValue().agreement(), e.getValue().sides(),
                        e.getValue().roots(), e.getValue().matter())).toList())
                .replaceWithVoid();
    }

    private Uni<Void> merge(SqlConnection c, Map<String, String> merges, List<Agreement> pointers, OffsetDateTime at) {
        List<Tuple> moves = new ArrayList<>();
        List<Tuple> marks = new ArrayList<>();
        for (Agreement p : pointers) {
            moves.add(Tuple.of(p.id(), p.mergedInto()));
            marks.add(Tuple.of(p.id(), p.mergedInto(), write(p), at));
        }
        String[] merged = merges.keySet().toArray(String[]::new);
        return c.preparedQuery("UPDATE events SET agreement_id = $2 WHERE agreement_id = $1").executeBatch(moves)
                // an id merged earlier into one merged now points straight at the one kept
                .chain(() -> c.preparedQuery("UPDATE agreements SET merged_into = $2 WHERE merged_into = $1").executeBatch(moves))
                .chain(() -> c.preparedQuery("""
                        UPDATE agreements SET merged_into = $2, status = NULL, report_count = 0, article_count = 0, document = $3,
                            updated_at = $4 WHERE id = $1""").executeBatch(marks))
                .chain(() -> c.preparedQuery("DELETE FROM agreement_parties WHERE agreement_id = ANY($1)").execute(Tuple.of(merged)))
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
            Map<String, Set<String>> words = new HashMap<>();
            for (Row r : rows) {
                LocalDate published = r.getLocalDate("published");
                Instant reported = published != null ? published.atStartOfDay(ZoneOffset.UTC).toInstant()
                        : r.getOffsetDateTime("stored_at").toInstant();
                LocalDate dated = r.getLocalDate("dated");
                String agreement = r.getString("agreement_id");
                reports.computeIfAbsent(agreement, k -> new ArrayList<>()).add(new Report(r.getString("id"), r.getString("status"),
                        r.getLocalDate("sort_date"), dated == null ? null : dated.toString(), r.getDouble("confidence"),
                        r.getString("subject"), r.getString("article_id"), r.getString("source"), reported));
                Set<String> w = words.computeIfAbsent(agreement, k -> new LinkedHashSet<>());
                if (w.size() < MAX_SEARCH_PARTS) {
                    addIfPresent(w, r.getString("subject"));
                    addIfPresent(w, r.getString("title"));
                }
            }
            Map<String, String> principals = new LinkedHashMap<>();
            reports.forEach((id, rs) -> principals.put(id, AgreementRecords.principal(rs)));
            return c.preparedQuery("SELECT id, document FROM events WHERE id = ANY($1)")
                    .execute(Tuple.of(principals.values().toArray(String[]::new)))
                    .chain(documents -> {
                        Map<String, AgreementEvent> events = new HashMap<>();
                        documents.forEach(d -> events.put(d.getString("id"), read(d.getString("document"))));
                        return store(c, ids, idArray, reports, principals, events, words, at);
                    });
        });
    }

    private Uni<List<Agreement>> store(SqlConnection c, Set<String> ids, Tuple idArray, Map<String, List<Report>> reports,
            Map<String, String> principals, Map<String, AgreementEvent> events, Map<String, Set<String>> words, OffsetDateTime at) {
        List<Agreement> records = new ArrayList<>();
        List<Tuple> updates = new ArrayList<>();
        List<Tuple> parties = new ArrayList<>();
        for (String id : ids) {
            List<Report> rs = reports.get(id);
            if (rs == null) {
                continue;
            }
            Agreement a = AgreementRecords.build(id, rs, events.get(principals.get(id)));
            records.add(a);
            Set<String> text = new LinkedHashSet<>();
            a.parties().forEach(p -> text.add(p.name()));
            text.addAll(a.topics());
            text.addAll(words.get(id));
            updates.add(Tuple.from(new Object[] { id, a.status(), a.subject(), EventStore.date(a.date()),
                    Instant.parse(a.firstReported()).atOffset(ZoneOffset.UTC), Instant.parse(a.lastReported()).atOffset(ZoneOffset.UTC),
                    a.events(), a.articles(), a.confidence(), String.join("\n", text).toLowerCase(Locale.ROOT), write(a), at }));
            for (int i = 0; i < a.parties().size(); i++) {
                var p = a.parties().get(i);
                parties.add(Tuple.from(new Object[] { id, i, p.name(), p.actor(), p.country(), p.sector(), p.kind() }));
            }
        }
        return c.preparedQuery(UPDATE_AGREEMENT).executeBatch(updates)
                .chain(() -> c.preparedQuery("DELETE FROM agreement_parties WHERE agreement_id = ANY($1)").execute(idArray))
                .chain(() -> parties.isEmpty() ? Uni.createFrom().voidItem()
                        : c.preparedQuery(INSERT_PARTY).executeBatch(parties).replaceWithVoid())
                .replaceWith(records);
    }

    private static void addIfPresent(Set<String> words, String s) {
        if (s != null && !s.isBlank()) {
            words.add(s);
        }
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
