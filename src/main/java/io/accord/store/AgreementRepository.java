package io.accord.store;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

/** Reads of stored agreements: filtered, newest report first, one bounded page at a time. */
@ApplicationScoped
@WithSession
public class AgreementRepository implements PanacheRepositoryBase<AgreementEntity, String> {

    /** The most reports an agreement's page lists; its record counts them all. */
    public static final int MAX_REPORTS = 500;


    /** Up to {@code limit + 1} agreements (merged ones excluded), so the caller can tell whether another page follows. */
    public Uni<List<AgreementEntity>> search(AgreementQuery q) {
        if (q.party() == null) {
            return search(q, null);
        }
        return PartyNameEntity.containing(q.party()).chain(names -> names != null && names.isEmpty()
                ? Uni.createFrom().item(List.<AgreementEntity> of()) : search(q, names));
    }

    private Uni<List<AgreementEntity>> search(AgreementQuery q, List<String> partyNames) {
        StringBuilder where = new StringBuilder("a.mergedInto is null");
        Map<String, Object> params = new HashMap<>();
        if (q.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", q.status());
        }
        if (q.actor() != null) {
            where.append(" and exists (select 1 from a.parties p where p.actor = :actor)");
            params.put("actor", q.actor());
        }
        if (q.country() != null) {
            where.append(" and exists (select 1 from a.parties p where p.country = :country)");
            params.put("country", q.country().toUpperCase(Locale.ROOT));
        }
        if (q.party() != null) {
            if (partyNames != null) {
                where.append(" and exists (select 1 from a.parties p where lower(p.name) in :partyNames)");
                params.put("partyNames", partyNames);
            } else {
                where.append(" and exists (select 1 from a.parties p where lower(p.name) like :party escape '\\')");
                params.put("party", PartyNameEntity.like(q.party()));
            }
        }
        if (q.text() != null) {
            where.append(" and a.searchText like :text escape '\\'");
            params.put("text", PartyNameEntity.like(q.text()));
        }
        if (q.from() != null) {
            where.append(" and a.sortDate >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" and a.sortDate <= :to");
            params.put("to", q.to());
        }
        if (q.after() != null) {
            where.append(" and a.lastReported <= :afterTime and (a.lastReported < :afterTime or a.id < :afterId)");
            params.put("afterTime", q.after().lastReported());
            params.put("afterId", q.after().id());
        }
        // with a date range, the order is by an expression, not the column: PostgreSQL then takes the few agreements in
        // the range from their index and sorts them, instead of walking every newer agreement in report order hoping to
        // meet the range soon (the two orders are correlated, so it would walk most of the table)
        String order = q.from() != null || q.to() != null ? "coalesce(a.lastReported, a.lastReported)" : "a.lastReported";
        return find("from AgreementEntity a where " + where + " order by " + order + " desc, a.id desc", params)
                .page(Page.of(0, q.limit() + 1)).list();
    }

    /** The agreement, or the one it was merged into. */
    public Uni<AgreementEntity> current(String id) {
        return findById(id).chain(a -> a != null && a.mergedInto != null ? findById(a.mergedInto) : Uni.createFrom().item(a));
    }

    /** Its reports, oldest first. */
    public Uni<List<EventEntity>> reports(String agreementId) {
        return EventEntity.<EventEntity> find("agreementId = ?1 order by sortDate, id", agreementId).page(Page.ofSize(MAX_REPORTS)).list();
    }
}
