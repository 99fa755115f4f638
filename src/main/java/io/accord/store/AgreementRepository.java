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

    /** Past this many matching names, the party filter searches the party rows themselves. */
    private static final int MAX_PARTY_NAMES = 1000;

    /** Up to {@code limit + 1} agreements (merged ones excluded), so the caller can tell whether another page follows. */
    public Uni<List<AgreementEntity>> search(AgreementQuery q) {
        if (q.party() == null) {
            return search(q, null);
        }
        // as for events: the matching names first, from the small table of every party name (V3__party_names.sql)
        return PartyNameEntity.<PartyNameEntity> find("name like ?1 escape '\\'", like(q.party()))
                .page(Page.ofSize(MAX_PARTY_NAMES + 1)).list()
                .chain(found -> found.isEmpty() ? Uni.createFrom().item(List.<AgreementEntity> of())
                        : search(q, found.size() > MAX_PARTY_NAMES ? null : found.stream().map(n -> n.name).toList()));
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
                params.put("party", like(q.party()));
            }
        }
        if (q.text() != null) {
            where.append(" and a.searchText like :text escape '\\'");
            params.put("text", like(q.text()));
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
        return find("from AgreementEntity a where " + where + " order by a.lastReported desc, a.id desc", params)
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

    private static String like(String s) {
        return "%" + s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
