package io.accord.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.model.NormalizedArticle;
import io.accord.runtime.AccordConfig;
import io.accord.runtime.Roles;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Keeps each normalised article's text from {@code articles.normalized} (a poll's worth per statement), so that
 * GET /articles/{id} can show the text the evidence offsets index into; deletes texts older than the retention.
 */
@ApplicationScoped
public class ArticleTextStore {

    private static final Logger LOG = Logger.getLogger(ArticleTextStore.class);
    private static final int PURGE_PAGE = 10_000;

    static final String UPSERT = """
            INSERT INTO article_texts (id, url, title, source, byline, published, language, dateline, body,
                                       received_at, stored_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, title = EXCLUDED.title, source = EXCLUDED.source,
                byline = EXCLUDED.byline, published = EXCLUDED.published, language = EXCLUDED.language,
                dateline = EXCLUDED.dateline, body = EXCLUDED.body, received_at = EXCLUDED.received_at,
                stored_at = EXCLUDED.stored_at""";

    @Inject
    @Channel("texts-in")
    Multi<KafkaRecordBatch<byte[], byte[]>> texts;

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    @Inject
    AccordConfig config;

    // observed after StoreService's start (default priority), which migrates the schema
    void start(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (!config.runs(Roles.STORE)) {
            return;
        }
        boolean keep = !config.store().articleRetention().isZero();
        texts.onItem()
                .transformToUniAndConcatenate(batch -> keep ? store(batch) : ack(batch))
                .subscribe()
                .with(done -> {}, failure -> LOG.error("article text stream stopped", failure));
        Duration every = config.store().articlePurgeInterval();
        Multi.createFrom()
                .ticks()
                .startingAfter(Duration.ofSeconds(5))
                .every(every)
                .onOverflow()
                .drop()
                .onItem()
                .transformToUniAndConcatenate(tick -> purge().onFailure().recoverWithItem(f -> {
                    LOG.warnf("cannot delete expired article texts yet: %s", f.getMessage());
                    return 0;
                }))
                .subscribe()
                .with(n -> {
                    if (n > 0) {
                        LOG.infof(
                                "deleted %d article texts older than %s",
                                n, config.store().articleRetention());
                    }
                });
    }

    private static Uni<Void> ack(KafkaRecordBatch<byte[], byte[]> batch) {
        return Uni.createFrom().completionStage(batch.ack());
    }

    /** Unreadable records are skipped: extract dead-letters the same record with its reason. */
    Uni<Void> store(KafkaRecordBatch<byte[], byte[]> batch) {
        Map<String, Tuple> byId = new LinkedHashMap<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (KafkaRecord<byte[], byte[]> record : batch.getRecords()) {
            try {
                NormalizedArticle a = json.readValue(record.getPayload(), NormalizedArticle.class);
                if (a.id() == null || a.body() == null) {
                    throw new IllegalArgumentException("no id or body");
                }
                byId.put(a.id(), row(a, now));
            } catch (Exception e) {
                LOG.debugf("article text not kept: %s", e.getMessage());
            }
        }
        if (byId.isEmpty()) {
            return ack(batch);
        }
        return write(new ArrayList<>(byId.values())).chain(() -> ack(batch));
    }

    /**
     * An outage is retried with back-off; a text PostgreSQL refuses would fail every retry, so the batch is then
     * written row by row and only the refused text is left out (extract still reads the article).
     */
    private Uni<Void> write(List<Tuple> rows) {
        return pool.preparedQuery(UPSERT)
                .executeBatch(rows)
                .replaceWithVoid()
                .onFailure(f -> !refused(f))
                .invoke(f -> LOG.warnf("cannot store %d article texts yet: %s", rows.size(), f.getMessage()))
                .onFailure(f -> !refused(f))
                .retry()
                .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(20))
                .indefinitely()
                .onFailure()
                .recoverWithUni(refusal -> {
                    if (rows.size() == 1) {
                        LOG.warnf(
                                "article text of %s not kept, refused by the database: %s",
                                rows.get(0).getString(0),
                                refusal instanceof PgException pg ? pg.getErrorMessage() : refusal.getMessage());
                        return Uni.createFrom().voidItem();
                    }
                    return Multi.createFrom()
                            .iterable(rows)
                            .onItem()
                            .transformToUniAndConcatenate(row -> write(List.of(row)))
                            .collect()
                            .last()
                            .replaceWithVoid();
                });
    }

    /** PostgreSQL's SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation) are about the data. */
    private static boolean refused(Throwable failure) {
        return failure instanceof PgException pg
                && pg.getSqlState() != null
                && (pg.getSqlState().startsWith("22") || pg.getSqlState().startsWith("23"));
    }

    private Tuple row(NormalizedArticle a, OffsetDateTime now) {
        return Tuple.from(new Object[] {
            a.id(),
            a.url(),
            a.title(),
            a.source(),
            a.byline(),
            date(a.published()),
            a.language(),
            a.dateline() == null ? null : JsonObject.mapFrom(a.dateline()),
            a.body(),
            a.receivedAt() == null ? null : OffsetDateTime.parse(a.receivedAt()),
            now
        });
    }

    private static LocalDate date(String published) {
        try {
            return published == null ? null : LocalDate.parse(published);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Deletes texts stored longer ago than the retention, a page at a time; how many went. */
    Uni<Integer> purge() {
        OffsetDateTime before =
                OffsetDateTime.now(ZoneOffset.UTC).minus(config.store().articleRetention());
        return pool.preparedQuery("""
                        DELETE FROM article_texts WHERE id IN (
                            SELECT id FROM article_texts WHERE stored_at < $1 LIMIT $2)""")
                .execute(Tuple.of(before, PURGE_PAGE))
                .map(r -> r.rowCount())
                .chain(n -> n < PURGE_PAGE ? Uni.createFrom().item(n) : purge().map(m -> n + m));
    }
}
