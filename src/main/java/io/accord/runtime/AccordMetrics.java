package io.accord.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

/**
 * Accord's own Prometheus metrics (at {@code /q/metrics}); HTTP, JVM and Kafka client metrics (consumer lag among
 * them) come from Quarkus' Micrometer binders.
 */
@ApplicationScoped
public class AccordMetrics {

    /** Why an article was set aside: a fixed set, so that the label never grows with the input. */
    public enum RejectReason {
        INVALID("invalid"),
        TOO_LARGE("too_large"),
        UNSUPPORTED_LANGUAGE("unsupported_language"),
        EXTRACTION_FAILED("extraction_failed");

        final String label;

        RejectReason(String label) {
            this.label = label;
        }
    }

    @Inject
    MeterRegistry registry;

    // every series is visible from the first scrape, at 0, so that dashboards and rate() see the start
    void registerAtStart(@Observes StartupEvent event) {
        for (String via : new String[] {"kafka", "http"}) {
            received(via);
        }
        for (RejectReason reason : RejectReason.values()) {
            rejected(reason);
        }
        extracted();
        eventsExtracted();
        stored(true);
        stored(false);
        mentionsStored(true);
        mentionsStored(false);
        extraction();
    }

    private Timer extraction() {
        return Timer.builder("accord.extraction")
                .description("Time to extract the events of one article")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    private Counter received(String via) {
        return Counter.builder("accord.articles.received")
                .description("Articles received by the ingest service")
                .tag("via", via)
                .register(registry);
    }

    private Counter rejected(RejectReason reason) {
        return Counter.builder("accord.articles.rejected")
                .description("Articles refused or dead-lettered, by reason")
                .tag("reason", reason.label)
                .register(registry);
    }

    private Counter extracted() {
        return Counter.builder("accord.articles.extracted")
                .description("Articles the extract service has read")
                .register(registry);
    }

    private Counter eventsExtracted() {
        return Counter.builder("accord.events.extracted")
                .description("Agreement events found by the extract service")
                .register(registry);
    }

    private Counter stored(boolean isNew) {
        return Counter.builder("accord.events.stored")
                .description(
                        "Agreement events written to PostgreSQL (outcome=updated: a re-delivered event rewritten in place)")
                .tag("outcome", isNew ? "new" : "updated")
                .register(registry);
    }

    private Counter mentionsStored(boolean isNew) {
        return Counter.builder("accord.mentions.stored")
                .description(
                        "Mentions of agreements written to PostgreSQL (outcome=updated: a re-delivered mention rewritten in place)")
                .tag("outcome", isNew ? "new" : "updated")
                .register(registry);
    }

    public void articleReceived(String via) {
        received(via).increment();
    }

    public void articleRejected(RejectReason reason) {
        rejected(reason).increment();
    }

    public void articleExtracted(int events, long nanos) {
        extracted().increment();
        eventsExtracted().increment(events);
        extraction().record(nanos, TimeUnit.NANOSECONDS);
    }

    public void eventStored(boolean isNew) {
        stored(isNew).increment();
    }

    public void mentionStored(boolean isNew) {
        mentionsStored(isNew).increment();
    }
}
