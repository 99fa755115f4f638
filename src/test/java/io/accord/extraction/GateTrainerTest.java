package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.accord.extraction.Extractor.Candidate;
import io.accord.extraction.GateTrainer.GoldEvent;
import io.accord.extraction.GateTrainer.GoldSide;
import io.accord.extraction.GateTrainer.Labelled;
import io.accord.ingest.ArticleNormalizer;
import io.accord.model.Party;
import io.accord.model.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTrainerTest {

    private static final ArticleNormalizer NORMALIZER = new ArticleNormalizer(Clock.systemUTC());

    private static Candidate candidate(String sentence, String... names) {
        List<Party> parties = new ArrayList<>();
        for (String n : names) {
            parties.add(new Party(n, "org:" + n.toLowerCase(), null, null, "company"));
        }
        return new Candidate(sentence, 0, sentence.length(), parties, new String[0]);
    }

    @Test
    void aCandidateIsAnEventWhenItIsTheEvidenceOrNamesASideOfTheGoldEvent() {
        GoldEvent gold = new GoldEvent(
                List.of(new GoldSide("Nippon Telegraph and Telephone Corp", "JPN"), new GoldSide("IBM", null)),
                "NTT and IBM signed a\n    software licence on Friday.");
        assertTrue(
                GateTrainer.matches(gold, candidate("NTT and IBM signed a software licence on Friday.", "NTT")),
                "the evidence sentence, its line breaks aside");
        assertTrue(GateTrainer.matches(
                gold, candidate("The licence runs for five years.", "Nippon Telegraph and Telephone")));
        assertFalse(GateTrainer.matches(
                gold, candidate("Fujitsu and Hitachi agreed to merge their chip units.", "Fujitsu", "Hitachi")));
    }

    @Test
    void namesMatchLikeTheScorerDoes() {
        assertTrue(GateTrainer.sameName("Allis-Chalmers Corp", "Allis-Chalmers"));
        assertTrue(GateTrainer.sameName("the London Stock Exchange", "London Stock Exchange plc"));
        assertFalse(GateTrainer.sameName("Deutsche Bank", "Deutsche Boerse"), "one word of three in common");
        assertFalse(GateTrainer.sameName("", "Boeing"));
    }

    private static Labelled article(String text, GoldEvent... gold) {
        return new Labelled(
                "a" + Integer.toHexString(text.hashCode()),
                NORMALIZER.normalize(new RawArticle(null, null, text, null, "2023-03-15", null)),
                List.of(gold));
    }

    @Test
    void trainingWritesAModelTheGateLoadsWithItsThresholdAndCrossValidatedFigures(@TempDir Path dir)
            throws IOException {
        List<Labelled> articles = new ArrayList<>();
        String[][] pairs = {
            {"Chile", "Peru"},
            {"Kenya", "Uganda"},
            {"Norway", "Iceland"},
            {"Egypt", "Jordan"},
            {"Brazil", "Argentina"},
            {"Poland", "Ukraine"},
            {"Japan", "Australia"},
            {"Spain", "Morocco"}
        };
        for (String[] p : pairs) {
            articles.add(article(
                    p[0] + " and " + p[1] + " signed a fisheries agreement in Lima on Monday.",
                    new GoldEvent(List.of(new GoldSide(p[0], null), new GoldSide(p[1], null)), "")));
            articles.add(article(
                    "Analysts said " + p[0] + " and " + p[1] + " could one day sign an agreement on fisheries."));
        }
        GateTrainer.Result r = GateTrainer.train(articles, dir);
        assertEquals(16, r.articles());
        assertTrue(r.candidates() >= 16, "every article gives the rules a candidate: " + r.candidates());
        assertEquals(GateTrainer.THRESHOLD, r.threshold());
        assertTrue(Files.size(dir.resolve("mention-gate.bin")) > 0);
        assertTrue(Files.readString(dir.resolve("mention-gate.properties")).contains("threshold="));
        // the same material gives the same model, byte for byte
        Path again = dir.resolve("again");
        GateTrainer.train(articles, again);
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("mention-gate.bin")),
                Files.readAllBytes(again.resolve("mention-gate.bin")));
    }

    /** Cross-validated whole-article extraction: every labelled article once, by the gate of the fold that did not see it. */
    @Test
    void everyArticleIsExtractedOnceByAFoldThatDidNotSeeIt(@TempDir Path dir) {
        List<Labelled> articles = new ArrayList<>();
        String[][] pairs = {
            {"Chile", "Peru"},
            {"Kenya", "Uganda"},
            {"Norway", "Iceland"},
            {"Egypt", "Jordan"},
            {"Brazil", "Argentina"},
            {"Poland", "Ukraine"}
        };
        for (String[] p : pairs) {
            articles.add(article(
                    p[0] + " and " + p[1] + " signed a fisheries agreement in Lima on Monday.",
                    new GoldEvent(List.of(new GoldSide(p[0], null), new GoldSide(p[1], null)), "")));
            articles.add(article(
                    "Analysts said " + p[0] + " and " + p[1] + " could one day sign an agreement on fisheries."));
        }
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        GateTrainer.train(articles, dir, (article, events) -> {
            seen.merge(article.id(), 1, Integer::sum);
            assertTrue(events.stream().allMatch(e -> e.parties().size() >= 2), "events have two sides: " + events);
        });
        assertEquals(articles.stream().map(Labelled::id).collect(java.util.stream.Collectors.toSet()), seen.keySet());
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "each article once: " + seen);
    }

    /** The shipped model is what {@code accord train-gate} makes from the labels in the repository. */
    @Test
    void theShippedModelIsReproducibleFromTheLabelsInTheRepository(@TempDir Path dir) throws Exception {
        Path shared = Path.of("../shared");
        assumeTrue(
                Files.isReadable(shared.resolve("eval/train-articles.jsonl"))
                        && Files.isReadable(shared.resolve("corpus/bbc.jsonl")),
                "needs ../shared beside the clone");
        int rc = io.accord.cli.AccordMain.trainGate(
                "--labels",
                shared.resolve("eval/train-articles.jsonl").toString(),
                "--labels",
                "src/main/training/corpus-labels.jsonl",
                "--articles",
                shared.resolve("corpus/bbc.jsonl").toString(),
                "--articles",
                shared.resolve("corpus/reuters.jsonl").toString(),
                "--output",
                dir.toString());
        assertEquals(0, rc);
        assertArrayEquals(
                Files.readAllBytes(Path.of("src/main/resources/accord/models/en/mention-gate.bin")),
                Files.readAllBytes(dir.resolve("mention-gate.bin")),
                "retrain with accord train-gate and commit the model");
        assertEquals(
                Files.readString(Path.of("src/main/resources/accord/models/en/mention-gate.properties")),
                Files.readString(dir.resolve("mention-gate.properties")));
    }
}
