package io.accord.ingest;

import io.accord.model.NormalizedArticle;
import io.accord.runtime.AccordConfig;
import io.accord.runtime.Roles;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The ingest service on Kafka: {@code articles} → normalise → {@code articles.normalized}. A record that cannot be an
 * article is nacked, which the channel's dead-letter strategy writes to {@code articles.dlq} with the reason.
 */
@ApplicationScoped
public class ArticleIngestor {

    private static final Logger LOG = Logger.getLogger(ArticleIngestor.class);

    @Inject
    @Channel("articles-in")
    Multi<Message<byte[]>> articles;

    @Inject
    ArticlePublisher publisher;

    @Inject
    AccordConfig config;

    private static final int IN_FLIGHT = 64;

    // looked up only when the ingest role runs, so other roles never load the language model
    @Inject
    Provider<ArticleIntake> intake;

    void start(@Observes StartupEvent event) {
        if (config.runs(Roles.INGEST)) {
            // subscribing only when the role is on keeps other roles' processes out of the consumer group
            // many articles wait for the broker's acknowledgement at once; the throttled commit keeps offsets in order
            articles.onItem()
                    .transformToUni(this::ingest)
                    .merge(IN_FLIGHT)
                    .subscribe()
                    .with(done -> {}, failure -> LOG.error("ingest stream stopped", failure));
        }
    }

    Uni<Void> ingest(Message<byte[]> record) {
        // normalising (HTML, language detection) is CPU work: off the event loop that polls and publishes
        return Uni.createFrom()
                .deferred(() -> normalizeAndPublish(record))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Uni<Void> normalizeAndPublish(Message<byte[]> record) {
        NormalizedArticle article;
        try {
            article = intake.get().record(record.getPayload(), "kafka");
        } catch (InvalidArticleException e) {
            LOG.debugf("rejected record: %s", e.getMessage());
            return Uni.createFrom().completionStage(record.nack(e));
        }
        return publisher
                .publish(article)
                // Kafka being away is transient: wait for it rather than dead-letter a good article
                .onFailure()
                .invoke(f -> LOG.warnf("cannot publish %s yet: %s", article.id(), f.getMessage()))
                .onFailure()
                .retry()
                .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30))
                .indefinitely()
                .onItem()
                .transformToUni(ok -> Uni.createFrom().completionStage(record.ack()));
    }
}
