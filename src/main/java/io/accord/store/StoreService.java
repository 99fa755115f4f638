package io.accord.store;

import java.io.IOException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.accord.app.AccordConfig;
import io.accord.app.AccordMetrics;
import io.accord.app.Roles;
import io.accord.model.AgreementEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;

/**
 * The store service: {@code events} → PostgreSQL. Writes are idempotent upserts; a database outage is retried with
 * back-off (the record is not committed meanwhile), an event that cannot be read goes to the dead-letter topic.
 */
@ApplicationScoped
public class StoreService {

    private static final Logger LOG = Logger.getLogger(StoreService.class);

    @Inject
    @Channel("events-in")
    Multi<Message<byte[]>> events;

    @Inject
    EventStore store;

    @Inject
    EventBroadcaster broadcaster;

    @Inject
    ObjectMapper json;

    @Inject
    AccordConfig config;

    @Inject
    AccordMetrics metrics;

    @Inject
    Flyway flyway;

    @Inject
    Vertx vertx;

    void start(@Observes StartupEvent event) {
        if (config.runs(Roles.STORE)) {
            flyway.migrate();
            events.onItem().transformToUniAndConcatenate(this::store)
                    .subscribe().with(done -> { }, failure -> LOG.error("store stream stopped", failure));
        }
    }

    Uni<Void> store(Message<byte[]> record) {
        AgreementEvent event;
        try {
            event = read(record.getPayload());
        } catch (IllegalArgumentException e) {
            LOG.warnf("event dead-lettered: %s", e.getMessage());
            return Uni.createFrom().completionStage(record.nack(e));
        }
        String document = new String(record.getPayload(), java.nio.charset.StandardCharsets.UTF_8);
        return onSafeContext(() -> store.upsert(event, document))
                .onFailure().invoke(f -> LOG.warnf("cannot store %s yet: %s", event.id(), f.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(20)).indefinitely()
                .invoke(isNew -> {
                    metrics.eventStored(isNew);
                    if (isNew) {
                        broadcaster.stored(event);
                    }
                })
                .chain(ok -> Uni.createFrom().completionStage(record.ack()));
    }

    /** Hibernate Reactive needs its own safe Vert.x sub-context for each unit of work. */
    private <T> Uni<T> onSafeContext(java.util.function.Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            return Uni.createFrom().<T> emitter(em -> context.runOnContext(
                    x -> work.get().subscribe().with(em::complete, em::fail)));
        });
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
        if (e.parties() == null || e.parties().size() < 2) {
            throw new IllegalArgumentException("an agreement event needs at least two parties");
        }
        if (e.evidence() == null) {
            throw new IllegalArgumentException("event without evidence");
        }
        return e;
    }
}
