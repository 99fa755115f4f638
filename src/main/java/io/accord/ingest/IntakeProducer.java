package io.accord.ingest;

import io.accord.runtime.AccordConfig;
import io.accord.runtime.AccordMetrics;
import io.accord.runtime.AccordMetrics.RejectReason;
import io.accord.text.LanguageGuess;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The ingest role's intake (one normaliser, one language model) for its Kafka consumer and its HTTP endpoint. */
public class IntakeProducer {

    @Produces
    @Singleton
    ArticleIntake intake(AccordConfig config, AccordMetrics metrics) {
        return new ArticleIntake(
                new ArticleNormalizer(Clock.systemUTC(), new LanguageGuess()),
                config.ingest().maxBodyBytes(),
                new ArticleIntake.Counts() {
                    @Override
                    public void received(String via, int articles) {
                        for (int i = 0; i < articles; i++) {
                            metrics.articleReceived(via);
                        }
                    }

                    @Override
                    public void refused(String via, InvalidArticleException why) {
                        metrics.articleRejected(
                                why instanceof ArticleTooLargeException
                                        ? RejectReason.TOO_LARGE
                                        : RejectReason.INVALID);
                    }
                });
    }
}
