package io.accord.extraction;

import io.accord.extraction.Extractor.Candidate;
import io.accord.model.AgreementEvent;
import io.accord.model.NormalizedArticle;
import io.accord.model.Party;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the {@link MentionGate} from whole articles labelled by the guidelines: every candidate the rules find is an
 * example, an event when it names a side of a gold event or is the gold evidence sentence, a mention otherwise.
 * Five-fold cross-validation (folds by article) measures the gate on candidates it has not seen.
 */
public final class GateTrainer {

    /** A side of a gold event as the label names it. */
    public record GoldSide(String text, String code) {}

    /** One gold event: its sides and the sentence that states it. */
    public record GoldEvent(List<GoldSide> sides, String evidence) {}

    /** An article, the id its label gives it, and its gold events (none when it reports no agreement). */
    public record Labelled(String id, NormalizedArticle article, List<GoldEvent> gold) {}

    /** Out-of-fold extraction: the events of one article, found with a gate trained on the other folds. */
    public interface HeldOutEvents {
        void accept(Labelled article, List<AgreementEvent> events);
    }

    /** What came out: the counts, the cross-validated curve and the threshold chosen. */
    public record Result(
            int articles,
            int candidates,
            int events,
            double threshold,
            double precision,
            double recall,
            double f1,
            String curve) {}

    private static final int FOLDS = 5;
    /**
     * Where the gate lets a mention through. Chosen on whole-article figures, not on the candidates' curve (flat between
     * 0.3 and 0.6): extracting the 813 training articles with the gates of the folds that did not see them
     * ({@code train-gate --cv-events}), 0.6 gave article F1 0.792 (0.781 at 0.5), event F1 0.469 (0.455) and a quarter
     * fewer events in articles that report none; 0.65 scored the same on articles and lost recall.
     */
    static final double THRESHOLD = 0.6;

    private static final Set<String> STOP =
            Set.of("the", "of", "a", "an", "and", "s", "inc", "corp", "co", "ltd", "plc");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private GateTrainer() {}

    public static Result train(List<Labelled> articles, Path outputDir) {
        return train(articles, outputDir, null);
    }

    /**
     * As {@link #train(List, Path)}; when {@code heldOut} is given, every article is also extracted whole with the gate
     * of the fold that did not see it, so article- and event-level scores can be cross-validated on the training
     * material (ten times the events dev has).
     */
    public static Result train(List<Labelled> articles, Path outputDir, HeldOutEvents heldOut) {
        Extractor rules = Extractor.ungated();
        List<List<Event>> byArticle = new ArrayList<>();
        int events = 0;
        for (Labelled l : articles) {
            List<Event> examples = new ArrayList<>();
            for (Candidate c : rules.candidates(l.article())) {
                boolean yes = l.gold().stream().anyMatch(g -> matches(g, c));
                events += yes ? 1 : 0;
                examples.add(new Event(yes ? MentionGate.YES : MentionGate.NO, c.features()));
            }
            byArticle.add(examples);
        }
        // cross-validated probabilities for every candidate: the gate measured on examples its model has not seen
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < byArticle.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(Long.getLong("accord.gate.seed", 20261129L)));
        List<double[]> scored = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Event> training = new ArrayList<>();
            List<Event> held = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                (k % FOLDS == fold ? held : training).addAll(byArticle.get(order.get(k)));
            }
            MentionGate gate = MentionGate.of(fit(training), THRESHOLD);
            for (Event e : held) {
                scored.add(new double[] {
                    gate.probability(e.getContext()), e.getOutcome().equals(MentionGate.YES) ? 1 : 0
                });
            }
            if (heldOut != null) {
                Extractor extractor = rules.withGate(gate);
                for (int k = fold; k < order.size(); k += FOLDS) {
                    Labelled l = articles.get(order.get(k));
                    heldOut.accept(l, extractor.extract(l.article()));
                }
            }
        }
        StringBuilder curve = new StringBuilder();
        for (int step = 10; step <= 90; step += 10) {
            double[] prf = prf(scored, step / 100.0);
            curve.append(
                    String.format(Locale.ROOT, "%.2f: P %.3f R %.3f F1 %.3f%n", step / 100.0, prf[0], prf[1], prf[2]));
        }
        double[] chosen = prf(scored, THRESHOLD);
        List<Event> all = byArticle.stream().flatMap(List::stream).toList();
        write(fit(all), THRESHOLD, outputDir, articles.size(), all.size(), events, chosen);
        return new Result(
                articles.size(), all.size(), events, THRESHOLD, chosen[0], chosen[1], chosen[2], curve.toString());
    }

    private static MaxentModel fit(List<Event> events) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.ITERATIONS_PARAM, 200);
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        p.put(QNTrainer.L2COST_PARAM, 1.0);
        try {
            return TrainerFactory.getEventTrainer(p, null).train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] prf(List<double[]> scored, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (double[] s : scored) {
            boolean predicted = s[0] >= threshold;
            boolean gold = s[1] == 1;
            tp += predicted && gold ? 1 : 0;
            fp += predicted && !gold ? 1 : 0;
            fn += !predicted && gold ? 1 : 0;
        }
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static void write(
            MaxentModel model, double threshold, Path dir, int articles, int candidates, int events, double[] prf) {
        try {
            Files.createDirectories(dir);
            new GenericModelWriter(
                            (AbstractModel) model,
                            dir.resolve("mention-gate.bin").toFile())
                    .persist();
            try (Writer w = Files.newBufferedWriter(dir.resolve("mention-gate.properties"), StandardCharsets.UTF_8)) {
                w.write(String.format(
                        Locale.ROOT, """
                        # written by `accord train-gate`: %d articles, %d candidates, %d of them events
                        # at this threshold, %d-fold cross-validation by article: candidates P %.3f, R %.3f, F1 %.3f
                        threshold=%.2f
                        """, articles, candidates, events, FOLDS, prf[0], prf[1], prf[2], threshold));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + dir, e);
        }
    }

    /**
     * The candidate reports the gold event: it is the sentence the label quotes as evidence, or it names one of the
     * event's sides (the gate judges whether a sentence reports news of an agreement; whether both sides are the
     * right ones is the rules' job, and asking the gate for that too made the material too thin to learn from).
     */
    static boolean matches(GoldEvent gold, Candidate c) {
        String evidence = squash(gold.evidence());
        String sentence = squash(c.sentence());
        if (!evidence.isEmpty()
                && !sentence.isEmpty()
                && (evidence.contains(sentence) || sentence.contains(evidence))) {
            return true;
        }
        Set<Integer> used = new HashSet<>();
        int sides = 0;
        for (GoldSide g : gold.sides()) {
            for (int i = 0; i < c.parties().size(); i++) {
                Party p = c.parties().get(i);
                if (!used.contains(i)
                        && (sameName(g.text(), p.name())
                                || g.code() != null && g.code().equals(p.country()))) {
                    used.add(i);
                    sides++;
                    break;
                }
            }
        }
        return sides >= 1;
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** The scorer's rule: one name's words contain the other's, or they share half their words. */
    static boolean sameName(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.containsAll(y) || y.containsAll(x)) {
            return true;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return both.size() * 2 >= either.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s == null ? "" : s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }
}
