package io.accord.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.extraction.Extractor;
import io.accord.model.AgreementEvent;
import io.accord.model.NormalizedArticle;
import io.accord.runtime.AccordConfig;
import io.accord.runtime.AccordMetrics;
import io.accord.runtime.AccordMetrics.RejectReason;
import io.accord.runtime.Roles;
import io.accord.text.StoryFingerprint;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The extract service: {@code articles.normalized} → extraction core → {@code events} and {@code mentions}. Extraction is CPU work and runs
 * on its own pool of {@code accord.extract.concurrency} threads; an article that cannot be read or makes the extractor fail is dead-lettered with the reason.
 */
@ApplicationScoped
public class ExtractService {

    private static final Logger LOG = Logger.getLogger(ExtractService.class);

    @Inject
    @Channel("normalized-in")
    Multi<Message<byte[]>> articles;

    @Inject
    EventPublisher publisher;

    @Inject
    ObjectMapper json;

    @Inject
    AccordConfig config;

    @Inject
    AccordMetrics metrics;

    private static final int IN_FLIGHT_PER_THREAD = 4;

    private volatile Extractor extractor;
    private volatile ExecutorService extraction;
    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (extraction != null) {
            // articles being extracted finish (each within its time budget); the rest are refused and stay uncommitted
            extraction.shutdown();
        }
    }

    void start(@Observes StartupEvent event) {
        if (config.runs(Roles.EXTRACT)) {
            extractor = new Extractor();
            int threads = config.extract().concurrency();
            extraction = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "accord-extraction");
                t.setDaemon(true);
                return t;
            });
            // more articles in flight than threads: while one article's events wait for the broker, the next is
            // extracted
            articles.onItem()
                    .transformToUni(this::extract)
                    .merge(threads * IN_FLIGHT_PER_THREAD)
                    .subscribe()
                    .with(done -> {}, failure -> LOG.error("extract stream stopped", failure));
        }
    }

    Uni<Void> extract(Message<byte[]> record) {
        return Uni.createFrom()
                .item(() -> timed(supported(read(record.getPayload()))))
                .runSubscriptionOn(extraction)
                .onItemOrFailure()
                .transformToUni((events, failure) -> {
                    if (failure != null && stopping) {
                        // neither acked nor dead-lettered: the offset stays uncommitted and the next start reads it
                        // again
                        LOG.debugf("article left for the next start: %s", failure.getMessage());
                        return Uni.createFrom().voidItem();
                    }
                    if (failure instanceof SkippedArticleException) {
                        LOG.infof("article skipped: %s", failure.getMessage());
                        metrics.articleRejected(RejectReason.UNSUPPORTED_LANGUAGE);
                        return Uni.createFrom().completionStage(record.nack(failure));
                    }
                    if (failure != null) {
                        LOG.warnf("article dead-lettered: %s", failure.getMessage());
                        metrics.articleRejected(
                                failure instanceof UnreadableArticleException
                                        ? RejectReason.INVALID
                                        : RejectReason.EXTRACTION_FAILED);
                        return Uni.createFrom().completionStage(record.nack(failure));
                    }
                    return publishAll(events.reading(), events.fingerprint())
                            .onItem()
                            .transformToUni(ok -> Uni.createFrom().completionStage(record.ack()));
                });
    }

    private Uni<Void> publishAll(Extractor.Reading reading, byte[] fingerprint) {
        List<AgreementEvent> all = new ArrayList<>(reading.events());
        all.addAll(reading.mentions());
        if (all.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join()
                .all(all.stream().map(e -> publisher.publish(e, fingerprint)).toList())
                .andFailFast()
                // the broker being away is transient: keep the article until its events are written
                .onFailure()
                .retry()
                .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30))
                .indefinitely()
                .replaceWithVoid();
    }

    /**
     * An article's events and mentions, and the fingerprint the store tells versions of one story by (only when there
     * are any).
     */
    private record Extracted(Extractor.Reading reading, byte[] fingerprint) {}

    private Extracted timed(NormalizedArticle article) {
        long start = System.nanoTime();
        Extractor.Reading read = extractor.read(article);
        Extractor.Reading reading =
                config.extract().mentions() ? read : new Extractor.Reading(read.events(), List.of());
        metrics.articleExtracted(reading.events().size(), System.nanoTime() - start);
        boolean any = !reading.events().isEmpty() || !reading.mentions().isEmpty();
        return new Extracted(reading, any ? StoryFingerprint.of(article.body()).toHeader() : null);
    }

    /** A record on the normalised topic that is not a normalised article. */
    static final class UnreadableArticleException extends IllegalArgumentException {
        UnreadableArticleException(String message) {
            super(message);
        }
    }

    /** Not an error: an article the extractor does not read, set aside on the dead-letter topic with the reason. */
    static final class SkippedArticleException extends RuntimeException {
        SkippedArticleException(String message) {
            super(message);
        }
    }

    private static NormalizedArticle supported(NormalizedArticle article) {
        if (!Extractor.supports(article.language())) {
            throw new SkippedArticleException("skipped: language '" + article.language() + "' is not supported");
        }
        return article;
    }

    private NormalizedArticle read(byte[] payload) {
        try {
            NormalizedArticle article = json.readValue(payload, NormalizedArticle.class);
            if (article.id() == null || article.body() == null) {
                throw new UnreadableArticleException("normalised article without id or body");
            }
            return article;
        } catch (IOException e) {
            throw new UnreadableArticleException("not a normalised article: " + e.getMessage());
        }
    }
}
