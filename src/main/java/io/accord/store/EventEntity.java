package io.accord.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A stored agreement event: columns to filter and sort on, and the event document as published. */
@Entity
@Table(name = "events")
public class EventEntity extends PanacheEntityBase {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public ArticleEntity article;

    public String status;
    public String cameo;

    @Column(name = "plover_event")
    public String ploverEvent;

    @Column(name = "plover_context")
    public String ploverContext;

    public String subject;

    @Column(name = "event_date")
    public LocalDate eventDate;

    @Column(name = "sort_date")
    public LocalDate sortDate;

    @Column(name = "date_precision")
    public String datePrecision;

    public double confidence;
    public String extractor;

    @Column(name = "search_text")
    public String searchText;

    public String document;

    @Column(name = "stored_at")
    public Instant storedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
    /** A mention of an agreement (a sentence that only refers to it): kept for its agreement, never listed as an event. */
    public boolean mention;

    /** The agreement this event reports, once linked. */
    @Column(name = "agreement_id")
    public String agreementId;

    // replaced wholesale on re-delivery, so the lists never grow
    @ElementCollection
    @CollectionTable(name = "event_parties", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<PartyRow> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_evidence", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<EvidenceRow> evidence = new ArrayList<>();
}
