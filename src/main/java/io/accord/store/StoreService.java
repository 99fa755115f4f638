package io.accord.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.extraction.ActorKeys;
import io.accord.model.Agreement;
import io.accord.model.AgreementEvent;
import io.accord.runtime.AccordConfig;
import io.accord.runtime.AccordMetrics;
import io.accord.runtime.Roles;
import io.accord.store.EventStore.Write;
import io.accord.text.StoryFingerprint;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * The store service: {@code events} and {@code mentions} → PostgreSQL, a poll's worth of records per transaction. Writes are idempotent
 * upserts; a database outage is retried with back-off (the records are not committed meanwhile), an event that cannot be
 * read or that the database refuses goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class StoreService {

    private static final Logger LOG = Logger.getLogger(StoreService.class);
    private static final int LINK_PAGE = 500;

    @Inject
    @Channel("events-in")
    Multi<KafkaRecordBatch<byte[], byte[]>> events;

    @Inject
    @Channel("mentions-in")
    Multi<KafkaRecordBatch<byte[], byte[]>> mentions;

    @Inject
    EventStore store;

    @Inject
    EventBroadcaster broadcaster;

    @Inject
    AgreementPublisher agreements;

    @Inject
    AgreementTopic agreementTopic;

    @Inject
    ObjectMapper json;

    @Inject
    AccordConfig config;

    @Inject
    AccordMetrics metrics;

    @Inject
    Flyway flyway;

    void start(@Observes StartupEvent event) {
        if (config.runs(Roles.STORE)) {
            flyway.migrate();
            if (config.agreements().enabled()) {
                agreementTopic.ensure();
            }
            moveStoredActorKeys(config.agreements().enabled() ? this::linkStoredEvents : () -> {});
            events.onItem()
                    .transformToUniAndConcatenate(batch -> store(batch, false))
                    .subscribe()
                    .with(done -> {}, failure -> LOG.error("store stream stopped", failure));
            // mentions only tell agreements: without agreements they are read and let go
            mentions.onItem()
                    .transformToUniAndConcatenate(batch -> config.agreements().enabled()
                            ? store(batch, true)
                            : Uni.createFrom().completionStage(batch.ack()))
                    .subscribe()
                    .with(done -> {}, failure -> LOG.error("mention stream stopped", failure));
        }
    }

    /**
     * Events stored with a key a known alias now maps elsewhere ({@code org:gm}) move to the side's key and are linked
     * again, a page at a time, beside the live stream; then {@code then}.
     */
    private void moveStoredActorKeys(Runnable then) {
        Map<String, String> moves = ActorKeys.aliasKeys();
        Multi.createBy()
                .repeating()
                .uni(() -> store.rekeyActors(moves, LINK_PAGE)
                        .call(r -> r.agreements().isEmpty() ? Uni.createFrom().voidItem() : publish(r.agreements())))
                .whilst(r -> r.events() > 0)
                .onFailure()
                .retry()
                .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30))
                .indefinitely()
                .subscribe()
                .with(
                        r -> {
                            if (r.events() > 0) {
                                LOG.infof("moved %d stored events to their sides' current keys", r.events());
                            }
                        },
                        failure -> LOG.error("moving stored actor keys stopped", failure),
                        then);
    }

    /** Events stored before agreements existed join theirs, a page at a time, oldest first, beside the live stream. */
    private void linkStoredEvents() {
        Multi.createBy()
                .repeating()
                .uni(() -> store.linkUnlinked(LINK_PAGE).call(this::publish))
                .whilst(linked -> !linked.isEmpty())
                .onFailure()
                .retry()
                .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30))
                .indefinitely()
                .subscribe()
                .with(done -> {}, failure -> LOG.error("linking stored events stopped", failure));
    }

    /** An event read from its record, waiting to be written. */
    private record Pending(KafkaRecord<byte[], byte[]> record, Write write) {}

    /**
     * One poll's worth of records of {@code events} or, {@code mentions} true, of {@code mentions}: unreadable ones
     * are dead-lettered one by one, the rest written together.
     */
    Uni<Void> store(KafkaRecordBatch<byte[], byte[]> batch, boolean mentions) {
        List<Pending> pending = new ArrayList<>();
        List<Uni<Void>> deadLettered = new ArrayList<>();
        for (KafkaRecord<byte[], byte[]> record : batch.getRecords()) {
            try {
                AgreementEvent event = read(record.getPayload());
                if (event.isMention() != mentions) {
                    throw new IllegalArgumentException(
                            mentions ? "not a mention (type '" + event.type() + "')" : "a mention is not an event");
                }
                pending.add(new Pending(
                        record,
                        new Write(event, new String(record.getPayload(), StandardCharsets.UTF_8), story(record))));
            } catch (IllegalArgumentException e) {
                deadLettered.add(deadLetter(record, e));
            }
        }
        Uni<Void> rejected = deadLettered.isEmpty()
                ? Uni.createFrom().voidItem()
                : Uni.join().all(deadLettered).andFailFast().replaceWithVoid();
        // the records are acknowledged only once the agreements they changed are on their topic: a crash in between
        // re-delivers them, and writing them again rebuilds and republishes those agreements
        return rejected.chain(() -> write(pending))
                .chain(this::publish)
                .chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }

    /** The article's fingerprint the extractor sent with the event; null from one that sent none. */
    private static StoryFingerprint story(KafkaRecord<byte[], byte[]> record) {
        Header header = record.getHeaders().lastHeader(StoryFingerprint.HEADER);
        return header == null ? null : StoryFingerprint.fromHeader(header.value());
    }

    private Uni<Void> publish(List<Agreement> changed) {
        return Uni.createFrom()
                .deferred(() -> agreements.publish(changed))
                .onFailure()
                .invoke(f -> LOG.warnf("cannot publish %d agreement records yet: %s", changed.size(), f.getMessage()))
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(20))
                .indefinitely();
    }

    /**
     * A database outage is retried with back-off, the records not committed meanwhile. An event PostgreSQL refuses
     * (a data or constraint error) would fail every retry: the batch is then written event by event, so that only the
     * refused event is dead-lettered.
     */
    private Uni<List<Agreement>> write(List<Pending> pending) {
        if (pending.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.createFrom()
                .deferred(
                        () -> store.upsert(pending.stream().map(Pending::write).toList()))
                .onFailure(f -> !refused(f))
                .invoke(f -> LOG.warnf("cannot store %d events yet: %s", pending.size(), f.getMessage()))
                .onFailure(f -> !refused(f))
                .retry()
                .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(20))
                .indefinitely()
                .invoke(stored -> stored(pending, stored))
                .map(EventStore.Stored::agreements)
                .onFailure()
                .recoverWithUni(refusal -> pending.size() == 1
                        ? deadLetter(
                                        pending.get(0).record(),
                                        new IllegalArgumentException("refused by the database: " + reason(refusal)))
                                .replaceWith(List.<Agreement>of())
                        : Multi.createFrom()
                                .iterable(pending)
                                .onItem()
                                .transformToUniAndConcatenate(p -> write(List.of(p)))
                                .collect()
                                .in(ArrayList<Agreement>::new, List::addAll)
                                .map(all -> (List<Agreement>) all));
    }

    private void stored(List<Pending> pending, EventStore.Stored stored) {
        Set<String> inserted = stored.inserted();
        Set<String> seen = new HashSet<>();
        // an event twice in one batch is written once, as its last delivery: the earlier ones count as updates
        for (int i = pending.size() - 1; i >= 0; i--) {
            AgreementEvent event = pending.get(i).write().event();
            boolean isNew = inserted.contains(event.id()) && seen.add(event.id());
            if (event.isMention()) {
                metrics.mentionStored(isNew);
                continue;
            }
            metrics.eventStored(isNew);
            if (isNew) {
                broadcaster.stored(event.withAgreement(stored.agreementOfEvent().get(event.id())));
            }
        }
    }

    private static Uni<Void> deadLetter(KafkaRecord<byte[], byte[]> record, Exception reason) {
        LOG.warnf("event dead-lettered: %s", reason.getMessage());
        return Uni.createFrom().completionStage(record.nack(reason));
    }

    /** PostgreSQL's SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation) are about the data. */
    private static boolean refused(Throwable failure) {
        return failure instanceof PgException pg
                && pg.getSqlState() != null
                && (pg.getSqlState().startsWith("22") || pg.getSqlState().startsWith("23"));
    }

    private static String reason(Throwable failure) {
        return failure instanceof PgException pg ? pg.getErrorMessage() : failure.getMessage();
    }

    private AgreementEvent read(byte[] payload) {
        AgreementEvent e;
        try {
            e = json.readValue(payload, AgreementEvent.class);
        } catch (IOException ex) {
            throw new IllegalArgumentException("not an agreement event: " + ex.getMessage());
        }
        if (e.id() == null || e.id().isBlank() || e.id().length() > 64) {
            throw new IllegalArgumentException("event id missing or longer than 64 characters");
        }
        if (!AgreementEvent.STATUSES.contains(e.status())) {
            throw new IllegalArgumentException("unknown status '" + e.status() + "'");
        }
        if (e.article() == null || e.article().id() == null || e.article().id().length() > 64) {
            throw new IllegalArgumentException("event without a valid article id");
        }
        if (e.parties() == null || e.parties().size() < 2 || e.parties().contains(null)) {
            throw new IllegalArgumentException("an agreement event needs at least two parties");
        }
        if (e.evidence() == null || e.evidence().contains(null)) {
            throw new IllegalArgumentException("event without evidence");
        }
        return e;
    }
}
