package io.accord.extraction;

import io.accord.extraction.AgreementRules.Trigger;
import io.accord.extraction.LanguagePipeline.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The learned second look at what the rules found: does this sentence report an agreement between these sides as
 * news, or only mention one (background, an internal decision, a passing reference)? A maxent model over sparse
 * features of the sentence, the trigger, the sides and the article, trained by {@code accord train-gate} on whole
 * articles labelled by the guidelines; candidates under 0.5 are dropped ({@link GateTrainer} prints the
 * cross-validated figures at that threshold and around it).
 */
public final class MentionGate {

    static final String MODEL = "/accord/models/en/mention-gate.bin";
    static final String SETTINGS = "/accord/models/en/mention-gate.properties";
    public static final String YES = "event";
    public static final String NO = "mention";

    private static final Pattern PAST = Pattern.compile(
            "(?i)\\b(?:last (?:year|month|week)|earlier this|previous|existing|former|since|in (?:19|20)\\d\\d|already|originally|under (?:the|an|a)|had (?:agreed|signed|been))\\b");
    private static final Pattern FUTURE =
            Pattern.compile("(?i)\\b(?:will|would|expected|plans?|set to|due to|next (?:week|month|year))\\b");
    /** A headline about an agreement, its talks or a truce (a feature; wider than the extractor's deal headline). */
    private static final Pattern DEAL_IN_TITLE = AgreementRules.frame("agreement-headline");

    private final MaxentModel model;
    private final double threshold;

    private MentionGate(MaxentModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /** The shipped model: a build without it fails at start-up, not on the first article. */
    public static MentionGate load() {
        try (InputStream bin = MentionGate.class.getResourceAsStream(MODEL);
                InputStream settings = MentionGate.class.getResourceAsStream(SETTINGS)) {
            if (bin == null || settings == null) {
                throw new IllegalStateException("the mention gate model " + MODEL + " is not on the classpath");
            }
            Properties p = new Properties();
            p.load(settings);
            MaxentModel model = new GenericModelReader(new BinaryFileDataReader(bin)).getModel();
            return new MentionGate(model, Double.parseDouble(p.getProperty("threshold")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mention gate model", e);
        }
    }

    /** A gate from a freshly trained model (training and cross-validation). */
    static MentionGate of(MaxentModel model, double threshold) {
        return new MentionGate(model, threshold);
    }

    /** A gate that lets every candidate of the rules through, with probability 1: the rules alone, as their tests see them. */
    static MentionGate openGate() {
        return new MentionGate(null, 0);
    }

    /** The same model deciding at another threshold. */
    MentionGate withThreshold(double newThreshold) {
        return new MentionGate(model, newThreshold);
    }

    double threshold() {
        return threshold;
    }

    /** The probability that the candidate is an event the guidelines count. */
    public double probability(String[] features) {
        if (model == null) {
            return 1;
        }
        double[] outcomes = model.eval(features);
        int yes = model.getIndex(YES);
        return yes < 0 ? 0 : outcomes[yes];
    }

    public boolean passes(double probability) {
        return probability >= threshold;
    }

    /** What the gate looks at: the words around the trigger and in the sentence, the sides, where it stands, the article. */
    static String[] features(
            Tokens t,
            Trigger trigger,
            List<Actor> parties,
            int sentence,
            int sentences,
            String text,
            String title,
            int candidatesInArticle) {
        List<String> f = new ArrayList<>();
        int at = trigger.token();
        String word = t.words()[at].toLowerCase(Locale.ROOT);
        f.add("tw=" + word);
        f.add("st=" + trigger.status().wire());
        f.add("tw+st=" + word + "+" + trigger.status().wire());
        f.add("str=" + trigger.strength());
        f.add("exp=" + trigger.explicit());
        f.add("hyp=" + trigger.hypothetical());
        for (int k = -3; k <= 3; k++) {
            int i = at + k;
            if (k != 0 && i >= 0 && i < t.size()) {
                f.add("w" + k + "=" + t.words()[i].toLowerCase(Locale.ROOT));
            }
        }
        f.add("t-1=" + (at > 0 ? t.tags()[at - 1] : "^"));
        for (int i = 0; i < t.size(); i++) {
            String w = t.words()[i];
            if (Character.isLetter(w.charAt(0))) {
                f.add("b=" + w.toLowerCase(Locale.ROOT));
            }
        }
        f.add("np=" + Math.min(parties.size(), 3));
        List<String> kinds = parties.stream()
                .map(a -> a.country() != null && a.kind().equals("country") ? "state" : a.kind())
                .sorted()
                .distinct()
                .toList();
        f.add("kinds=" + String.join("+", kinds));
        kinds.forEach(k -> f.add("kind=" + k));
        f.add("known=" + parties.stream().filter(Actor::known).count());
        f.add("quote=" + (text.indexOf('"') >= 0 || text.indexOf('“') >= 0));
        // each time cue on its own: "agreed last week" is news, "under the existing accord" is background
        java.util.regex.Matcher cue = PAST.matcher(text);
        while (cue.find()) {
            f.add("past=" + cue.group().toLowerCase(Locale.ROOT).replaceAll("\\d", "0"));
        }
        cue = FUTURE.matcher(text);
        while (cue.find()) {
            f.add("future=" + cue.group().toLowerCase(Locale.ROOT));
        }
        f.add("len=" + Math.min(t.size() / 10, 5));
        // where the sentence stands and what the headline says tell only in an article; a lone sentence has neither
        if (sentences > 3) {
            f.add("pos=" + (sentence == 0 ? "first" : sentence <= 2 ? "lead" : sentence <= 6 ? "early" : "late"));
            f.add("cands=" + Math.min(candidatesInArticle, 4));
        }
        if (title != null && !title.isBlank()) {
            f.add("title=" + DEAL_IN_TITLE.matcher(title).find());
        }
        return f.toArray(String[]::new);
    }
}
