package io.accord.ingest;

import io.accord.text.LanguageGuess;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** One normaliser (and one language model) for the Kafka consumer and the HTTP endpoint of ingest. */
public class NormalizerProducer {

    @Produces
    @Singleton
    ArticleNormalizer normalizer() {
        return new ArticleNormalizer(Clock.systemUTC(), new LanguageGuess());
    }
}
