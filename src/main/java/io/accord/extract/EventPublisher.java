package io.accord.extract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.accord.model.AgreementEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Writes agreement events to {@code events}, keyed by event id; completes when Kafka acknowledged. */
@ApplicationScoped
public class EventPublisher {

    @Inject
    @Channel("events-out")
    MutinyEmitter<AgreementEvent> events;

    public Uni<Void> publish(AgreementEvent event) {
        return events.sendMessage(Message.of(event)
                .addMetadata(OutgoingKafkaRecordMetadata.<String> builder().withKey(event.id()).build()));
    }
}
