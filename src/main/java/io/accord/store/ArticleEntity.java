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

    /** The first stored version of the story this article tells; null when it is its own story. */
    @Column(name = "story_id")
    public String storyId;

    public String story() {
        return storyId != null ? storyId : id;
    }
}
