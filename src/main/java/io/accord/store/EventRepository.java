package io.accord.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads of stored events: filtered, newest first, one bounded page at a time. */
@ApplicationScoped
@WithSession
public class EventRepository implements PanacheRepositoryBase<EventEntity, String> {

    @Inject
    TextSearch textSearch;

    /** An event of a page: where it sorts, the agreement it reports, and its document as published. */
    public record Listed(String id, LocalDate sortDate, String agreementId, String document) {}

    /** Up to {@code limit + 1} events, so the caller can tell whether another page follows. */
    public Uni<List<Listed>> search(EventQuery q) {
        if (q.party() == null) {
            return search(q, null);
        }
        return PartyNameEntity.containing(q.party())
                .chain(names ->
                        names != null && names.isEmpty() ? Uni.createFrom().item(List.<Listed>of()) : search(q, names));
    }

    /**
     * SQL, not HQL: the party filters test the row's {@code party_keys} (V10__event_party_keys.sql), which the listing's
     * indexes carry, so that a page of ids is read newest first from an index alone and only those rows' documents are
     * fetched. Mentions are never listed.
     */
    private Uni<List<Listed>> search(EventQuery q, List<String> partyNames) {
        String rareWords =
                q.text() == null ? null : textSearch.rareWords(q.text().toLowerCase(Locale.ROOT));
        return getSession().chain(session -> search(session, q, partyNames, rareWords));
    }

    private Uni<List<Listed>> search(Mutiny.Session session, EventQuery q, List<String> partyNames, String rareWords) {
        StringBuilder where = new StringBuilder("NOT e.mention");
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (q.actor() != null) {
            required.add("a:" + q.actor());
        }
        if (q.country() != null) {
            required.add("c:" + q.country().toUpperCase(Locale.ROOT));
        }
        if (!required.isEmpty()) {
            where.append(" AND e.party_keys @> ").append(array("key", required, params));
        }
        if (q.party() != null) {
            if (partyNames != null) {
                where.append(" AND e.party_keys && ")
                        .append(array(
                                "name", partyNames.stream().map(n -> "n:" + n).toList(), params));
            } else {
                where.append(" AND EXISTS (SELECT 1 FROM unnest(e.party_keys) k WHERE k LIKE :party ESCAPE '\\')");
                params.put("party", "n:" + PartyNameEntity.like(q.party()));
            }
        }
        if (q.status() != null) {
            where.append(" AND e.status = :status");
            params.put("status", q.status());
        }
        if (q.text() != null) {
            where.append(" AND e.search_text LIKE :text ESCAPE '\\'");
            params.put("text", PartyNameEntity.like(q.text()));
            if (rareWords != null) {
                where.append(" AND " + TextSearch.WORDS + " @@ to_tsquery('simple', :words)");
                params.put("words", rareWords);
            }
        }
        if (q.from() != null) {
            where.append(" AND e.sort_date >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" AND e.sort_date <= :to");
            params.put("to", q.to());
        }
        if (q.after() != null) {
            // the first conjunct bounds the index range; the second skips the rows of that date already served
            where.append(" AND e.sort_date <= :afterDate AND (e.sort_date < :afterDate OR e.id < :afterId)");
            params.put("afterDate", q.after().date());
            params.put("afterId", q.after().id());
        }
        String sql =
                "SELECT g.id, g.sort_date, g.agreement_id, g.document FROM events g JOIN (SELECT e.id FROM events e"
                        + " WHERE " + where + " ORDER BY e.sort_date DESC, e.id DESC LIMIT " + (q.limit() + 1)
                        + ") p ON p.id = g.id ORDER BY g.sort_date DESC, g.id DESC";
        var query = session.createNativeQuery(sql, Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList()
                .map(rows -> rows.stream()
                        .map(r -> new Listed((String) r[0], localDate(r[1]), (String) r[2], (String) r[3]))
                        .toList());
    }

    private static LocalDate localDate(Object date) {
        return date instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) date;
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
}
