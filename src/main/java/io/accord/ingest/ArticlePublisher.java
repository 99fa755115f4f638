package io.accord.ingest;

import io.accord.model.NormalizedArticle;
import io.accord.runtime.BrokerReadiness;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes normalised articles to {@code articles.normalized}, keyed by article id; completes when Kafka acknowledged, and
 * fails fast while the broker is known not to answer.
 */
@ApplicationScoped
public class ArticlePublisher {

    @Inject
    @Channel("normalized-out")
    MutinyEmitter<NormalizedArticle> normalized;

    @Inject
    @Readiness
    BrokerReadiness broker;

    private BrokerCircuit circuit;

    @PostConstruct
    void init() {
        circuit = new BrokerCircuit(broker::answers, Duration.ofSeconds(1), System::nanoTime);
    }

    public Uni<Void> publish(NormalizedArticle article) {
        return circuit.guard(() -> normalized.sendMessage(Message.of(article)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(article.id())
                        .build())));
    }
}
