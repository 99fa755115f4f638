package io.accord.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A stored agreement: columns to filter and sort on, and its record as last published. Written by {@link AgreementLinker}. */
@Entity
@Table(name = "agreements")
public class AgreementEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "merged_into")
    public String mergedInto;

    public String status;
    public String subject;

    @Column(name = "agreement_date")
    public LocalDate agreementDate;

    @Column(name = "sort_date")
    public LocalDate sortDate;

    @Column(name = "first_reported")
    public Instant firstReported;

    @Column(name = "last_reported")
    public Instant lastReported;

    @Column(name = "report_count")
    public int reportCount;

    @Column(name = "article_count")
    public int articleCount;

    public double confidence;
    public String document;
}
