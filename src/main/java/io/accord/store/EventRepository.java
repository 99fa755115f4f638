package io.accord.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads of stored events: filtered, newest first, one bounded page at a time. */
@ApplicationScoped
@WithSession
public class EventRepository implements PanacheRepositoryBase<EventEntity, String> {

    /** Up to {@code limit + 1} events, so the caller can tell whether another page follows. */
    public Uni<List<EventEntity>> search(EventQuery q) {
        if (q.party() == null) {
            return search(q, null);
        }
        return PartyNameEntity.containing(q.party())
                .chain(names -> names != null && names.isEmpty()
                        ? Uni.createFrom().item(List.<EventEntity>of())
                        : search(q, names));
    }

    private Uni<List<EventEntity>> search(EventQuery q, List<String> partyNames) {
        StringBuilder where = new StringBuilder("e.mention = false");
        Map<String, Object> params = new HashMap<>();
        if (q.status() != null) {
            where.append(" and e.status = :status");
            params.put("status", q.status());
        }
        if (q.actor() != null) {
            where.append(" and exists (select 1 from e.parties p where p.actor = :actor)");
            params.put("actor", q.actor());
        }
        if (q.country() != null) {
            where.append(" and exists (select 1 from e.parties p where p.country = :country)");
            params.put("country", q.country().toUpperCase(Locale.ROOT));
        }
        if (q.party() != null) {
            if (partyNames != null) {
                where.append(" and exists (select 1 from e.parties p where lower(p.name) in :partyNames)");
                params.put("partyNames", partyNames);
            } else {
                where.append(" and exists (select 1 from e.parties p where lower(p.name) like :party escape '\\')");
                params.put("party", PartyNameEntity.like(q.party()));
            }
        }
        if (q.text() != null) {
            where.append(" and e.searchText like :text escape '\\'");
            params.put("text", PartyNameEntity.like(q.text()));
        }
        if (q.from() != null) {
            where.append(" and e.sortDate >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" and e.sortDate <= :to");
            params.put("to", q.to());
        }
        if (q.after() != null) {
            // the first conjunct bounds the index range; the second skips the rows of that date already served
            where.append(" and e.sortDate <= :afterDate and (e.sortDate < :afterDate or e.id < :afterId)");
            params.put("afterDate", q.after().date());
            params.put("afterId", q.after().id());
        }
        return find("from EventEntity e where " + where + " order by e.sortDate desc, e.id desc", params)
                .page(Page.of(0, q.limit() + 1))
                .list();
    }
}
