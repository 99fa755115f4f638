package io.accord.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "articles")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String url;
    public String title;
    public String source;
    public LocalDate published;

    @Column(name = "first_seen")
    public Instant firstSeen;
}
