package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.accord.ingest.ArticleNormalizer;
import io.accord.ingest.ArticleParser;
import io.accord.ingest.InvalidArticleException;
import io.accord.model.AgreementEvent;
import io.accord.model.NormalizedArticle;
import io.accord.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated articles through the parser, the normaliser and the extractor: the only exception allowed is a
 * rejection of the input, nothing takes longer than the time budget, and no event has fewer than two parties.
 */
class FuzzTest {

    static final String[] FRAGMENTS = {
        "agreed",
        " and ",
        "signed",
        "deal",
        "Russia",
        "China's",
        " with ",
        "talks",
        "\n\n",
        "(",
        ")",
        "\"",
        "{",
        "}",
        "<p>",
        "</p>",
        "'s",
        ",",
        ".",
        "  ",
        "\u0000",
        "\u202e",
        "🤝",
        "É",
        "MOSCOW, June 25 (Reuters) - ",
        "date 2019-06-26 ",
        "on Tuesday",
        "between",
        "treaty",
        "U.S.",
        "-",
        "…"
    };

    @Test
    void randomAndMutatedArticlesNeverBreakTheCore() {
        Random random = new Random(20261128L);
        Extractor extractor = new Extractor();
        ArticleNormalizer normalizer = new ArticleNormalizer(Clock.systemUTC());
        String seed = Seeds.seed();
        int rejected = 0;
        int withEvents = 0;
        long slowest = 0;
        for (int n = 0; n < 1500; n++) {
            byte[] input = switch (n % 4) {
                case 0 -> mutate(seed, random).getBytes(StandardCharsets.UTF_8);
                case 1 -> fragments(random).getBytes(StandardCharsets.UTF_8);
                case 2 -> randomText(random).getBytes(StandardCharsets.UTF_8);
                default -> randomBytes(random);
            };
            long start = System.nanoTime();
            try {
                NormalizedArticle article = normalizer.normalize(ArticleParser.parseRecord(input));
                List<AgreementEvent> events = extractor.extract(article);
                withEvents += events.isEmpty() ? 0 : 1;
                for (AgreementEvent e : events) {
                    assertTrue(e.parties().size() >= 2, () -> "event with fewer than two parties: " + e);
                    e.evidence()
                            .forEach(v -> assertEquals(v.text(), article.body().substring(v.start(), v.end())));
                }
            } catch (InvalidArticleException e) {
                rejected++;
            } catch (RuntimeException e) {
                fail("input " + n + " escaped with " + e, e);
            }
            slowest = Math.max(slowest, System.nanoTime() - start);
        }
        assertTrue(slowest < Extractor.TIME_BUDGET.toNanos(), "slowest article took " + slowest / 1_000_000 + " ms");
        // the generator must exercise both outcomes, or the test proves little
        assertTrue(rejected > 50, "rejected " + rejected);
        assertTrue(withEvents > 50, "with events " + withEvents);
    }

    @Test
    void aRunOnLineOfAHundredThousandWordsIsDoneWithinTheBudget() {
        Random random = new Random(5);
        String[] vocabulary = {"the", "agreement", "Brazil", "signed", "and", "with", "Chile", "talks", "market", "deal"
        };
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            line.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        NormalizedArticle article = new ArticleNormalizer(Clock.systemUTC())
                .normalize(ArticleParser.parseRecord(line.toString().getBytes(StandardCharsets.UTF_8)));
        // cut into bounded pieces, the line is tagged in seconds; before, one 100,000-token "sentence" ran for minutes
        try {
            new Extractor().extract(article);
        } catch (Extractor.OverBudgetException e) {
            fail("a run-on line must not use up the time budget: " + e.getMessage());
        }
    }

    static String mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(30);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(200)));
                case 2 -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + random.nextInt(300))));
                default -> sb.setCharAt(at, (char) random.nextInt(0x3000));
            }
        }
        return sb.toString();
    }

    static String fragments(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(300);
        for (int i = 0; i < n; i++) {
            sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return sb.toString();
    }

    static String randomText(Random random) {
        int n = random.nextInt(2000);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(random.nextInt(10) < 8 ? 32 + random.nextInt(95) : random.nextInt(0xD7FF));
        }
        return sb.toString();
    }

    static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(3000)];
        random.nextBytes(b);
        return b;
    }
}
