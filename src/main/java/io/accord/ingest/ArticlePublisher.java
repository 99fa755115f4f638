package io.accord.ingest;

import io.accord.model.NormalizedArticle;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Writes normalised articles to {@code articles.normalized}, keyed by article id; completes when Kafka acknowledged. */
@ApplicationScoped
public class ArticlePublisher {

    @Inject
    @Channel("normalized-out")
    MutinyEmitter<NormalizedArticle> normalized;

    public Uni<Void> publish(NormalizedArticle article) {
        return normalized.sendMessage(Message.of(article)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(article.id())
                        .build()));
    }
}
