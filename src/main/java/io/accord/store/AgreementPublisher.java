package io.accord.store;

import io.accord.model.Agreement;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Writes agreement records to the compacted {@code agreements} topic, keyed by agreement id, so that the topic holds
 * each agreement's current record; CloudEvents in binary mode as on {@code events}. Completes when Kafka acknowledged
 * every record.
 */
@ApplicationScoped
public class AgreementPublisher {

    public static final String CLOUD_EVENT_TYPE = "io.accord.agreement-record.v1";
    public static final URI CLOUD_EVENT_SOURCE = URI.create("urn:accord:store");
    /** Records in flight at once: below the emitter's buffer, and enough for the producer to fill large batches. */
    private static final int IN_FLIGHT = 512;

    @Inject
    @Channel("agreements-out")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    MutinyEmitter<Agreement> agreements;

    @Inject
    AgreementBroadcaster broadcaster;

    public Uni<Void> publish(List<Agreement> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom()
                .iterable(records)
                .onItem()
                .transformToUni(this::send)
                .merge(IN_FLIGHT)
                .collect()
                .last()
                .invoke(() -> records.forEach(broadcaster::changed))
                .replaceWithVoid();
    }

    private Uni<Void> send(Agreement a) {
        return agreements.sendMessage(Message.of(a)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(a.id())
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        // one CloudEvent per version of the record: the id names the agreement and its report count
                        .withId(
                                a.mergedInto() != null
                                        ? a.id() + "/merged"
                                        : a.id() + "/" + a.events() + "/" + a.lastReported())
                        .withType(CLOUD_EVENT_TYPE)
                        .withSource(CLOUD_EVENT_SOURCE)
                        .withSubject(a.id())
                        .withDataContentType("application/json")
                        .withTimestamp(ZonedDateTime.now(ZoneOffset.UTC))
                        .build()));
    }
}
