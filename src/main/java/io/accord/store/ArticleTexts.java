package io.accord.store;

import io.accord.model.Dateline;
import io.accord.model.StoredArticle;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Reads the article texts the store keeps. */
@ApplicationScoped
public class ArticleTexts {

    @Inject
    Pool pool;

    /** The stored article, or null where none has this id (never stored, or past the retention). */
    public Uni<StoredArticle> find(String id) {
        return pool.preparedQuery("""
                        SELECT id, url, title, source, byline, published, language, dateline, received_at, stored_at, body
                        FROM article_texts WHERE id = $1""").execute(Tuple.of(id)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            return it.hasNext() ? read(it.next()) : null;
        });
    }

    private static StoredArticle read(Row r) {
        LocalDate published = r.getLocalDate("published");
        Object dateline = r.getValue("dateline");
        return new StoredArticle(
                r.getString("id"),
                r.getString("url"),
                r.getString("title"),
                r.getString("source"),
                r.getString("byline"),
                published == null ? null : published.toString(),
                r.getString("language"),
                dateline instanceof JsonObject d ? d.mapTo(Dateline.class) : null,
                instant(r.getOffsetDateTime("received_at")),
                instant(r.getOffsetDateTime("stored_at")),
                r.getString("body"));
    }

    private static String instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();
    }
}
