package io.accord.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.accord.model.AgreementEvent;
import io.accord.model.ArticleRef;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Idempotent writes of events: the event id is deterministic, so a re-delivered event updates its row in place and
 * its parties and evidence are replaced, never appended. The event and its article are written in one transaction.
 */
@ApplicationScoped
public class EventStore {

    /** Whether the event was new. */
    @WithTransaction
    public Uni<Boolean> upsert(AgreementEvent event, String document) {
        return article(event.article()).chain(article -> EventEntity
                .<EventEntity> find("from EventEntity e left join fetch e.parties left join fetch e.evidence where e.id = ?1", event.id())
                .list()
                .chain(found -> {
                    EventEntity existing = found.isEmpty() ? null : found.get(0);
                    Instant now = Instant.now();
                    EventEntity e = existing != null ? existing : new EventEntity();
                    if (existing == null) {
                        e.id = event.id();
                        e.storedAt = now;
                    }
                    e.article = article;
                    e.status = event.status();
                    e.cameo = event.cameo();
                    e.ploverEvent = event.plover() == null ? null : event.plover().event();
                    e.ploverContext = event.plover() == null ? null : event.plover().context();
                    e.subject = event.subject();
                    e.eventDate = date(event.date());
                    e.sortDate = e.eventDate != null ? e.eventDate
                            : article.published != null ? article.published : LocalDate.ofInstant(e.storedAt, java.time.ZoneOffset.UTC);
                    e.datePrecision = event.datePrecision();
                    e.confidence = event.confidence();
                    e.extractor = event.extractor();
                    e.searchText = searchText(event);
                    e.document = document;
                    e.updatedAt = now;
                    e.parties.clear();
                    event.parties().forEach(p -> e.parties.add(new PartyRow(p.name(), p.country(), p.sector(), p.kind())));
                    e.evidence.clear();
                    event.evidence().forEach(v -> e.evidence.add(new EvidenceRow(v.text(), v.start(), v.end())));
                    return existing != null ? Uni.createFrom().item(false) : e.persist().replaceWith(true);
                }));
    }

    private static Uni<ArticleEntity> article(ArticleRef ref) {
        return ArticleEntity.<ArticleEntity> findById(ref.id()).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(found);
            }
            ArticleEntity a = new ArticleEntity();
            a.id = ref.id();
            a.url = ref.url();
            a.title = ref.title();
            a.source = ref.source();
            a.published = date(ref.published());
            a.firstSeen = Instant.now();
            return a.<ArticleEntity> persist();
        });
    }

    private static String searchText(AgreementEvent e) {
        return Stream.concat(Stream.of(e.subject(), e.article().title(), e.speaker() == null ? null : e.speaker().name()),
                Stream.concat(e.parties().stream().map(p -> p.name()), e.evidence().stream().map(v -> v.text())))
                .filter(s -> s != null).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
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
