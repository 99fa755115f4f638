package io.accord.extract;

import io.accord.model.AgreementEvent;
import io.accord.text.StoryFingerprint;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes agreement events to {@code events} and mentions to {@code mentions}, keyed by id, as CloudEvents in binary
 * mode: the value stays the plain JSON, the attributes travel as {@code ce_*} headers. Completes when Kafka
 * acknowledged.
 */
@ApplicationScoped
public class EventPublisher {

    public static final String CLOUD_EVENT_TYPE = "io.accord.agreement.v1";
    public static final URI CLOUD_EVENT_SOURCE = URI.create("urn:accord:extract");

    public static final String MENTION_CLOUD_EVENT_TYPE = "io.accord.agreement-mention.v1";

    @Inject
    @Channel("events-out")
    MutinyEmitter<AgreementEvent> events;

    @Inject
    @Channel("mentions-out")
    MutinyEmitter<AgreementEvent> mentions;

    /** Header with the article's {@code StoryFingerprint}: the store tells versions of one story by it. */
    public static final String STORY_HEADER = StoryFingerprint.HEADER;

    public Uni<Void> publish(AgreementEvent event, byte[] storyFingerprint) {
        RecordHeaders headers = new RecordHeaders();
        if (storyFingerprint != null) {
            headers.add(STORY_HEADER, storyFingerprint);
        }
        return (event.isMention() ? mentions : events)
                .sendMessage(Message.of(event)
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                                .withKey(event.id())
                                .withHeaders(headers)
                                .build())
                        .addMetadata(OutgoingCloudEventMetadata.builder()
                                .withId(event.id())
                                .withType(event.isMention() ? MENTION_CLOUD_EVENT_TYPE : CLOUD_EVENT_TYPE)
                                .withSource(CLOUD_EVENT_SOURCE)
                                // the article the event was read from: lets a consumer group events by article from
                                // headers
                                // alone
                                .withSubject(event.article().id())
                                .withDataContentType("application/json")
                                .withTimestamp(ZonedDateTime.now(ZoneOffset.UTC))
                                .build()));
    }
}
