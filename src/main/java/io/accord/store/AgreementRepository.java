package io.accord.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads of stored agreements: filtered, newest report first, one bounded page at a time. */
@ApplicationScoped
@WithSession
public class AgreementRepository implements PanacheRepositoryBase<AgreementEntity, String> {

    @Inject
    TextSearch textSearch;

    /** The most reports an agreement's page lists; its record counts them all. */
    public static final int MAX_REPORTS = 500;

    /** An agreement of a page: where it sorts, and its record as published. */
    public record Listed(String id, Instant lastReported, String document) {}

    /** Up to {@code limit + 1} agreements (merged ones excluded), so the caller can tell whether another page follows. */
    public Uni<List<Listed>> search(AgreementQuery q) {
        if (q.party() == null) {
            return search(q, null);
        }
        return PartyNameEntity.containing(q.party())
                .chain(names ->
                        names != null && names.isEmpty() ? Uni.createFrom().item(List.<Listed>of()) : search(q, names));
    }

    /**
     * SQL, not HQL: the party filters test the row's {@code party_keys} array (V7__agreement_party_keys.sql) with
     * PostgreSQL's array operators, which its GIN index answers for a rare party and a walk of the newest agreements
     * checks cheaply for a common one.
     */
    private Uni<List<Listed>> search(AgreementQuery q, List<String> partyNames) {
        String rareWords =
                q.text() == null ? null : textSearch.rareWords(q.text().toLowerCase(Locale.ROOT));
        return getSession().chain(session -> search(session, q, partyNames, rareWords));
    }

    private Uni<List<Listed>> search(
            Mutiny.Session session, AgreementQuery q, List<String> partyNames, String rareWords) {
        StringBuilder where = new StringBuilder("a.merged_into IS NULL");
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (q.actor() != null) {
            required.add("a:" + q.actor());
        }
        if (q.country() != null) {
            required.add("c:" + q.country().toUpperCase(Locale.ROOT));
        }
        if (Boolean.TRUE.equals(q.reported())) {
            required.add(AgreementLinker.REPORTED);
        }
        if (!required.isEmpty()) {
            where.append(" AND a.party_keys @> ").append(array("key", required, params));
        }
        if (q.party() != null) {
            if (partyNames != null) {
                where.append(" AND a.party_keys && ")
                        .append(array(
                                "name", partyNames.stream().map(n -> "n:" + n).toList(), params));
            } else {
                where.append(" AND EXISTS (SELECT 1 FROM unnest(a.party_keys) k WHERE k LIKE :party ESCAPE '\\')");
                params.put("party", "n:" + PartyNameEntity.like(q.party()));
            }
        }
        if (Boolean.FALSE.equals(q.reported())) {
            where.append(" AND NOT a.party_keys @> CAST(ARRAY['" + AgreementLinker.REPORTED + "'] AS text[])");
        }
        if (q.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", q.status());
        }
        if (q.text() != null) {
            where.append(" AND a.id IN (SELECT e.agreement_id FROM events e WHERE e.search_text LIKE :text ESCAPE '\\'"
                    + (rareWords == null ? "" : " AND " + TextSearch.WORDS + " @@ to_tsquery('simple', :words)")
                    + ")");
            params.put("text", PartyNameEntity.like(q.text()));
            if (rareWords != null) {
                params.put("words", rareWords);
            }
        }
        if (q.from() != null) {
            where.append(" AND a.sort_date >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" AND a.sort_date <= :to");
            params.put("to", q.to());
        }
        if (q.after() != null) {
            where.append(" AND (a.last_reported, a.id) < (:afterTime, :afterId)");
            params.put("afterTime", q.after().lastReported().atOffset(ZoneOffset.UTC));
            params.put("afterId", q.after().id());
        }
        // with a date range, the order is by an expression, not the column: PostgreSQL then takes the few agreements in
        // the range from their index and sorts them, instead of walking every newer agreement in report order hoping to
        // meet the range soon (the two orders are correlated, so it would walk most of the table)
        String order =
                q.from() != null || q.to() != null ? "coalesce(a.last_reported, a.last_reported)" : "a.last_reported";
        // the page's ids from the listing's indexes alone, then only their rows' records
        String sql =
                "SELECT g.id, g.last_reported, g.document FROM agreements g JOIN (SELECT a.id FROM agreements a WHERE "
                        + where + " ORDER BY " + order + " DESC, a.id DESC LIMIT " + (q.limit() + 1)
                        + ") p ON p.id = g.id ORDER BY g.last_reported DESC, g.id DESC";
        var query = session.createNativeQuery(sql, Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList()
                .map(rows -> rows.stream()
                        .map(r -> new Listed((String) r[0], instant(r[1]), (String) r[2]))
                        .toList());
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime t ? t.toInstant() : (Instant) timestamp;
    }

    /** An array literal of one parameter per value: {@code CAST(ARRAY[:key0, :key1] AS text[])}. */
    private static String array(String name, List<String> values, Map<String, Object> params) {
        List<String> names = new ArrayList<>();
        for (String v : values) {
            String n = name + names.size();
            names.add(":" + n);
            params.put(n, v);
        }
        return "CAST(ARRAY[" + String.join(", ", names) + "] AS text[])";
    }

    /** The agreement, or the one it was merged into. */
    public Uni<AgreementEntity> current(String id) {
        return findById(id)
                .chain(a -> a != null && a.mergedInto != null
                        ? findById(a.mergedInto)
                        : Uni.createFrom().item(a));
    }

    /** Its reports, oldest first. */
    public Uni<List<EventEntity>> reports(String agreementId) {
        // with their articles: the page groups versions of one story by the article's story
        return EventEntity.<EventEntity>find(
                        "from EventEntity e join fetch e.article where e.agreementId = ?1 order by e.sortDate, e.id",
                        agreementId)
                .page(Page.ofSize(MAX_REPORTS))
                .list();
    }
}
