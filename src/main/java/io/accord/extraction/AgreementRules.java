package io.accord.extraction;

import io.accord.extraction.LanguagePipeline.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a sentence an agreement: a trigger in an agreement frame, the stage it reports (status), what was
 * agreed (subject) and on what (topics). Look-alikes ("media partner", "deal with the problem", "in agreement with the
 * statement", "signs of") are rejected here.
 */
final class AgreementRules {

    /** A trigger found in a sentence: the token index, the stage it reports, its family and how sure the frame is. */
    record Trigger(
            int token, Status status, TriggerFamily family, double strength, boolean hypothetical, boolean explicit) {

        Trigger(int token, Status status, TriggerFamily family, double strength, boolean hypothetical) {
            this(token, status, family, strength, hypothetical, true);
        }
    }

    /** One row of {@code triggers.tsv}: a word or stem, the tags it must carry, its family, strength and frame. */
    record TriggerWord(
            String form,
            boolean stem,
            Set<String> tags,
            boolean allBut,
            TriggerFamily family,
            double strength,
            String condition) {

        boolean fits(String lower, String tag) {
            boolean form = stem ? lower.startsWith(this.form) && !EXACT_FORMS.contains(lower) : lower.equals(this.form);
            return form && (tags.contains("*") || allBut != tags.contains(tag));
        }
    }

    private static final String TRIGGERS_FILE = "triggers.tsv";
    /** The frames a trigger row may name, each decided by {@link #conditionHolds}. */
    private static final Set<String> CONDITIONS = Set.of(
            "after-joint",
            "memorandum-of",
            "deal-frame",
            "agreed-sale",
            "lending",
            "with-side",
            "completed-sale",
            "merger");

    static final List<TriggerWord> TRIGGERS = triggers();
    /** Words with a row of their own: a stem row never speaks for them ("agreement" is not "agree*"). */
    private static final Set<String> EXACT_FORMS = TRIGGERS.stream()
            .filter(w -> !w.stem())
            .map(TriggerWord::form)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The agreement nouns: what a subject is built around and what a topic may not be. */
    static final Set<String> AGREEMENT_NOUNS = TRIGGERS.stream()
            .filter(w -> w.family() == TriggerFamily.AGREEMENT && !w.stem())
            .map(TriggerWord::form)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Pattern NOT_AGREEMENT = RuleFiles.alternatives("look-alikes.txt", "\\b", "\\b");
    private static final Pattern NOT_A_DEVELOPMENT = RuleFiles.alternatives("not-a-development.txt", "", "");

    /** A status cue of {@code status-cues.tsv}, with its precedence in the clause and in the whole sentence. */
    private record StatusCue(Status status, int clauseRank, int sentenceRank, Pattern pattern) {}

    private static final List<StatusCue> STATUS_CUES = statusCues();
    /** The cues in the order each reading tries them, sorted once. */
    private static final List<StatusCue> CLAUSE_CUES = STATUS_CUES.stream()
            .sorted(java.util.Comparator.comparingInt(StatusCue::clauseRank))
            .toList();

    private static final List<StatusCue> SENTENCE_CUES = STATUS_CUES.stream()
            .filter(cue -> cue.sentenceRank() > 0)
            .sorted(java.util.Comparator.comparingInt(StatusCue::sentenceRank))
            .toList();
    private static final Map<String, Pattern> FRAMES = RuleFiles.named("frames.tsv");
    private static final Pattern HYPOTHETICAL = frame("hypothetical");
    private static final Pattern TOPIC_LEAD = frame("topic-lead");
    /** Verb frames of commitment between two sides (CAMEO 03): "offered to hand over", "is willing to send". */
    private static final Pattern COMMITMENT = frame("commitment");
    /** Acceptance or rejection of the other side's proposal: "rejected a Senegalese peace plan". */
    private static final Pattern RESPONSE = frame("response");
    /** Ongoing cooperation between two named sides: "Ford will continue to work with Baidu", "tie-up with". */
    private static final Pattern COOPERATION = frame("cooperation");

    private static final Pattern CONSENSUS = frame("consensus");
    /** The same patterns, tried only where a match can begin: the pre-filter asks them of every sentence. */
    private static final QuickFind QUICK_CONSENSUS = new QuickFind(CONSENSUS);

    private static final QuickFind QUICK_RESPONSE = new QuickFind(RESPONSE);
    private static final QuickFind QUICK_COOPERATION = new QuickFind(COOPERATION);
    private static final QuickFind QUICK_COMMITMENT = new QuickFind(COMMITMENT);
    private static final QuickFind QUICK_NOT_AGREEMENT = new QuickFind(NOT_AGREEMENT);
    private static final QuickFind QUICK_NOT_A_DEVELOPMENT = new QuickFind(NOT_A_DEVELOPMENT);
    /** "X will acquire Y in a deal", "bought out Y … a fantastic deal": a takeover, not an agreement between two sides. */
    private static final Pattern ACQUISITION = frame("acquisition");

    private static final Pattern AGREED_TO_BUY =
            Pattern.compile("(?i)\\bagree(?:d|s)? to (?:acquire|buy|purchase|sell)");

    /** Every word a trigger can be, built from the same rows the trigger loop reads, so the two cannot drift. */
    private static final TriggerWordScan TRIGGER_WORD = new TriggerWordScan(TRIGGERS);

    static Pattern frame(String name) {
        Pattern p = FRAMES.get(name);
        if (p == null) {
            throw new IllegalStateException("frames.tsv has no frame '" + name + "'");
        }
        return p;
    }

    private static List<TriggerWord> triggers() {
        List<TriggerWord> out = new ArrayList<>();
        for (RuleFiles.Line l : RuleFiles.lines(TRIGGERS_FILE)) {
            String[] f = l.fields(5);
            try {
                boolean stem = f[0].endsWith("*");
                String form = (stem ? f[0].substring(0, f[0].length() - 1) : f[0]).toLowerCase(Locale.ROOT);
                boolean allBut = f[1].startsWith("!");
                Set<String> tags = Set.of((allBut ? f[1].substring(1) : f[1]).split(","));
                String condition = f[4].equals("-") ? null : f[4];
                if (condition != null && !CONDITIONS.contains(condition)) {
                    throw new IllegalArgumentException("unknown condition '" + condition + "'");
                }
                out.add(new TriggerWord(
                        form, stem, tags, allBut, TriggerFamily.of(f[2]), Double.parseDouble(f[3]), condition));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(TRIGGERS_FILE + " line " + l.number() + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static List<StatusCue> statusCues() {
        List<StatusCue> out = new ArrayList<>();
        for (RuleFiles.Line l : RuleFiles.lines("status-cues.tsv")) {
            String[] f = l.fields(4);
            out.add(new StatusCue(
                    Status.of(f[0]),
                    Integer.parseInt(f[1]),
                    f[2].equals("-") ? -1 : Integer.parseInt(f[2]),
                    RuleFiles.compile("status-cues.tsv", l.number(), f[3])));
        }
        return List.copyOf(out);
    }

    /** Does the word's frame hold here: "joint venture", "memorandum of understanding", "an order for 40 jets"? */
    private static boolean conditionHolds(String condition, Tokens t, int i) {
        if (condition == null) {
            return true;
        }
        return switch (condition) {
            case "after-joint" -> i > 0 && t.words()[i - 1].equalsIgnoreCase("joint");
            case "memorandum-of" ->
                i > 1 && t.words()[i - 2].toLowerCase(Locale.ROOT).startsWith("memorand");
            case "agreed-sale" -> agreedSale(t, i);
            case "lending" -> lending(t, i);
            case "completed-sale" -> completedSale(t, i);
            case "merger" -> merger(t, i);
            case "with-side" -> withSide(t, i);
            default -> businessFrame(t, i);
        };
    }

    /** A word list; repeats are harmless. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Heads that say nothing about what was agreed: "a wide variety of issues", "a number of areas". */
    private static final Set<String> VAGUE = words(
            "variety",
            "range",
            "number",
            "issues",
            "issue",
            "areas",
            "area",
            "matters",
            "things",
            "aspects",
            "sidelines",
            "part",
            "terms",
            "details",
            "years",
            "year",
            "time",
            "way",
            "lot",
            "kind",
            "sort",
            "type",
            "percent",
            "million",
            "billion",
            "people",
            "side",
            "sides",
            "today");

    private AgreementRules() {}

    /** A cheap test, before any tagging: can the sentence hold a trigger word or an agreement frame at all? */
    static boolean mayHold(String sentence) {
        return TRIGGER_WORD.find(sentence)
                || QUICK_CONSENSUS.find(sentence)
                || QUICK_RESPONSE.find(sentence)
                || QUICK_COOPERATION.find(sentence)
                || QUICK_COMMITMENT.find(sentence);
    }

    /** The strongest trigger of the sentence, if its frame is an agreement's. */
    static Trigger trigger(String sentence, Tokens t) {
        String cleaned = admissible(sentence);
        return cleaned == null ? null : trigger(sentence, cleaned, t);
    }

    /**
     * The sentence with its look-alikes blanked out (every offset kept where it was), or null when its words alone rule
     * out a trigger: asked before tagging, since tagging is most of the cost of a sentence.
     */
    static String admissible(String sentence) {
        String cleaned = QUICK_NOT_AGREEMENT.find(sentence)
                ? NOT_AGREEMENT
                        .matcher(sentence)
                        .replaceAll(m -> " ".repeat(m.group().length()))
                : sentence;
        if (!mayHold(cleaned) || QUICK_NOT_A_DEVELOPMENT.find(sentence) || namesABackgroundAgreement(sentence)) {
            return null;
        }
        return cleaned;
    }

    /** The strongest trigger of a sentence {@link #admissible} let through, given its look-alike-free text. */
    static Trigger trigger(String sentence, String cleaned, Tokens t) {
        String cleanedLower = cleaned.toLowerCase(Locale.ROOT);
        Trigger best = null;
        for (int i = 0; i < t.size(); i++) {
            String w = t.words()[i].toLowerCase(Locale.ROOT);
            String tag = t.tags()[i];
            double strength = 0;
            TriggerFamily family = null;
            for (TriggerWord row : TRIGGERS) {
                if (row.fits(w, tag)) {
                    strength = conditionHolds(row.condition(), t, i) ? row.strength() : 0;
                    family = row.family();
                    break;
                }
            }
            if (strength > 0 && !cleanedLower.contains(w)) {
                strength = 0;
            }
            if (strength > 0 && (best == null || strength > best.strength())) {
                best = new Trigger(i, null, family, strength, false);
            }
        }
        if (best != null
                && isDealWord(t.words()[best.token()])
                && ACQUISITION.matcher(sentence).find()
                && !AGREED_TO_BUY.matcher(sentence).find()) {
            return null;
        }
        if (best == null) {
            best = frameTrigger(sentence, t);
            if (best != null) {
                return best;
            }
            return null;
        }
        Status status = status(cleaned, t, best.token());
        // nothing said near the trigger: the sentence's other verbs tell ("signed a firm order … in one of the deals")
        if (status == null) {
            status = wholeSentenceStatus(cleaned);
        }
        boolean explicit = status != null;
        status = explicit ? status : Status.AGREED;
        boolean hypothetical =
                HYPOTHETICAL.matcher(clause(sentence, t, best.token())).find() && status != Status.INTENT;
        return new Trigger(best.token(), status, best.family(), best.strength(), hypothetical, explicit);
    }

    /** "the 1985 Plaza Agreement", "the European Convention on Human Rights": an agreement known by its name. */
    private static final Pattern NAMED_AGREEMENT = Pattern.compile(
            "\\b(?:[A-Z][\\w'’-]+\\s+){1,4}(?:Agreement|Accord|Convention|Pact|Treaty|Protocol)\\b|\\bstability and growth pact\\b");

    private static final Pattern DEVELOPMENT = frame("development");
    private static final QuickFind QUICK_NAMED_AGREEMENT = new QuickFind(NAMED_AGREEMENT);

    /** "is planning a long-term relationship with": a relationship being set up, not one that exists. */
    private static final Pattern NEW_RELATIONSHIP = frame("new-relationship");

    private static final Pattern AGREEMENT_WORD = frame("agreement-word");

    private static boolean namesABackgroundAgreement(String sentence) {
        return QUICK_NAMED_AGREEMENT.find(sentence)
                && !DEVELOPMENT.matcher(sentence).find();
    }

    private static boolean isDealWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return lower.equals("deal") || lower.equals("deals") || lower.equals("transaction");
    }

    /** Agreements that no single word carries: commitments to the other side, responses to its proposals, consensus. */
    private static Trigger frameTrigger(String sentence, Tokens t) {
        int base = t.starts()[0];
        Matcher m = CONSENSUS.matcher(sentence);
        if (m.find()) {
            return new Trigger(
                    Math.max(0, t.at(base + m.start(2))), Status.AGREED, TriggerFamily.CONSENSUS, 0.6, false);
        }
        m = RESPONSE.matcher(sentence);
        if (m.find()) {
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            Status status = verb.startsWith("reject") || verb.startsWith("turn") || verb.startsWith("refus")
                    ? Status.REJECTED
                    : Status.AGREED;
            return new Trigger(Math.max(0, t.at(base + m.start(2))), status, TriggerFamily.RESPONSE, 0.55, false);
        }
        m = COOPERATION.matcher(sentence);
        // working with someone is a relation, not an agreement, unless an agreement is named too
        if (m.find()
                && !((m.group(1).toLowerCase(Locale.ROOT).startsWith("work")
                                || m.group(1).toLowerCase(Locale.ROOT).startsWith("relationship")
                                        && !NEW_RELATIONSHIP.matcher(sentence).find())
                        && !AGREEMENT_WORD.matcher(sentence).find())) {
            int token = Math.max(0, t.at(base + m.start()));
            // "is to team up with": the stage is the clause's, as for a trigger word
            Status stated = status(sentence, t, token);
            return new Trigger(
                    token,
                    stated == null ? Status.AGREED : stated,
                    TriggerFamily.COOPERATION,
                    0.45,
                    HYPOTHETICAL.matcher(sentence).find());
        }
        m = COMMITMENT.matcher(sentence);
        if (m.find()) {
            Status status = m.group(1).toLowerCase(Locale.ROOT).startsWith("offer") ? Status.PROPOSED : Status.INTENT;
            boolean hypothetical =
                    HYPOTHETICAL.matcher(sentence.substring(m.start())).find();
            return new Trigger(
                    Math.max(0, t.at(base + m.start())), status, TriggerFamily.COMMITMENT, 0.5, hypothetical);
        }
        return null;
    }

    /** "agreed to buy", "has agreed to sell", "is to buy", "will acquire": a transaction settled between the sides, not a bid. */
    private static boolean agreedSale(Tokens t, int i) {
        String prev = i > 0 ? t.words()[i - 1].toLowerCase(Locale.ROOT) : "";
        String before = i > 1 ? t.words()[i - 2].toLowerCase(Locale.ROOT) : "";
        return prev.equals("will") || prev.equals("to") && SALE_AUXILIARIES.contains(before);
    }

    private static final Set<String> COMPLETING = words(
            "completed",
            "completes",
            "complete",
            "closed",
            "closes",
            "close",
            "finalized",
            "finalised",
            "finalizes",
            "finalises",
            "concluded",
            "concludes",
            "consummated");
    private static final Set<String> STAKE_WORDS = words(
            "the",
            "its",
            "their",
            "his",
            "her",
            "previously",
            "announced",
            "proposed",
            "planned",
            "pending",
            "already");

    /**
     * A sale done between two sides: "sold its unit to Woodco", "acquired the stock of DatagraphiX from General
     * Dynamics", "completed the acquisition of …": the buyer or seller on the far side is named after "to" or "from".
     */
    private static boolean completedSale(Tokens t, int i) {
        String w = t.words()[i].toLowerCase(Locale.ROOT);
        if (t.tags()[i].equals("NOUN")) {
            // "completed its previously announced acquisition of", "closed the sale of"
            int k = i - 1;
            while (k >= 0 && k >= i - 4 && STAKE_WORDS.contains(t.words()[k].toLowerCase(Locale.ROOT))) {
                k--;
            }
            return k >= 0
                    && k < i - 1
                    && COMPLETING.contains(t.words()[k].toLowerCase(Locale.ROOT))
                    && i + 1 < t.size()
                    && t.words()[i + 1].equalsIgnoreCase("of");
        }
        // "said it has acquired Supermac Technology": a company bought whole, named right after the verb
        if (!w.equals("sold")
                && !w.startsWith("licen")
                && i > 0
                && ACQUIRERS.contains(t.words()[i - 1].toLowerCase(Locale.ROOT))
                && i + 1 < t.size()
                && t.tags()[i + 1].equals("PROPN")
                && !t.words()[i + 1].equals("The")) {
            return true;
        }
        // sold to the buyer, bought from the seller, licensed either way
        Set<String> towards =
                w.equals("sold") ? Set.of("to") : w.startsWith("licen") ? Set.of("to", "from") : Set.of("from");
        for (int k = i + 1; k < Math.min(t.size() - 1, i + 16); k++) {
            String x = t.words()[k];
            if (x.equals(".") || x.equals(";")) {
                return false;
            }
            String next = t.words()[k + 1];
            if (towards.contains(x.toLowerCase(Locale.ROOT))
                    && (Character.isUpperCase(next.codePointAt(0)) && !next.equals("The")
                            || next.equals("the")
                            || next.equals("a")
                            || next.equals("an")
                            || next.equals("two"))) {
                return true;
            }
        }
        return false;
    }

    /** "discussions with Philips", "discussions between the two firms": talks with another side, not a board's own. */
    private static boolean withSide(Tokens t, int i) {
        for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
            String w = t.words()[k].toLowerCase(Locale.ROOT);
            if (w.equals("with") || w.equals("between")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ACQUIRERS = words("has", "have", "had", "it", "they");

    private static final Set<String> MERGER_OWNERS =
            words("their", "a", "proposed", "planned", "possible", "agreed", "friendly");

    /** "their merger", "considering a merger", "a merger with", "plans to merge with": a merger between two sides. */
    private static boolean merger(Tokens t, int i) {
        String prev = i > 0 ? t.words()[i - 1].toLowerCase(Locale.ROOT) : "";
        String next = i + 1 < t.size() ? t.words()[i + 1].toLowerCase(Locale.ROOT) : "";
        return next.equals("with")
                || next.equals("between")
                || t.tags()[i].equals("NOUN") && MERGER_OWNERS.contains(prev)
                || agreedSale(t, i)
                || completedSale(t, i);
    }

    /**
     * A loan between a lender and a borrower: "approved a 100 mln dlr loan to Brazil", "a loan from the EC", "signed a
     * loan agreement" — not "bad loans" or "loan losses".
     */
    private static boolean lending(Tokens t, int i) {
        if (i > 0 && LOAN_BOOK.contains(t.words()[i - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String next = i + 1 < t.size() ? t.words()[i + 1].toLowerCase(Locale.ROOT) : "";
        boolean named = i + 2 < t.size() && Character.isUpperCase(t.words()[i + 2].codePointAt(0))
                || i + 3 < t.size()
                        && t.words()[i + 2].equalsIgnoreCase("the")
                        && Character.isUpperCase(t.words()[i + 3].codePointAt(0));
        if ((next.equals("to") || next.equals("from") || next.equals("for")) && named || next.startsWith("agreement")) {
            return true;
        }
        for (int k = Math.max(0, i - 6); k < i; k++) {
            String w = t.words()[k].toLowerCase(Locale.ROOT);
            if (w.startsWith("approv") || w.startsWith("grant") || w.startsWith("arrang") || w.startsWith("syndicat")) {
                return true;
            }
        }
        return false;
    }

    /** A bank's book of loans, not a loan agreed: "bad loans to Brazil", "problem loans". */
    private static final Set<String> LOAN_BOOK = Set.of(
            "bad",
            "problem",
            "nonperforming",
            "non-performing",
            "doubtful",
            "troubled",
            "outstanding",
            "existing",
            "delinquent",
            "sovereign",
            "consumer",
            "mortgage",
            "student",
            "personal");

    /** What stands before "to" in a settled sale: "agreed to buy", "is to sell" (the pre-filter reads the same list). */
    static final Set<String> SALE_AUXILIARIES =
            Set.of("agreed", "agrees", "agree", "agreeing", "is", "are", "was", "were");

    /**
     * "Order" and "settlement" are agreements only in a deal frame: "an order for 40 jets", "placed an order with",
     * "the settlement with the union" — not "in order to", "law and order", "Israeli settlements".
     */
    private static boolean businessFrame(Tokens t, int i) {
        String w = t.words()[i].toLowerCase(Locale.ROOT);
        String prev = i > 0 ? t.words()[i - 1].toLowerCase(Locale.ROOT) : "";
        String next = i + 1 < t.size() ? t.words()[i + 1].toLowerCase(Locale.ROOT) : "";
        if (w.startsWith("order")) {
            return !prev.equals("in")
                    && !prev.equals("executive")
                    && !prev.equals("court")
                    && !prev.equals("and")
                    && !next.equals("to")
                    && !next.equals("of")
                    && (next.equals("for")
                            || next.equals("from")
                            || next.equals("with")
                            || prev.equals("the")
                            || prev.equals("an")
                            || prev.equals("firm")
                            || prev.equals("new")
                            || prev.equals("big"));
        }
        if (w.startsWith("settlement")) {
            return next.equals("with")
                    || next.equals("agreement")
                    || prev.equals("legal")
                    || prev.equals("a")
                    || prev.equals("the");
        }
        return !next.equals("plate") && !prev.equals("driver") && !prev.equals("driving");
    }

    /** The stage reported, judged on the clause around the trigger: the first cue in clause precedence that matches. */
    static Status status(String sentence, Tokens t, int trigger) {
        String c = clause(sentence, t, trigger);
        return CLAUSE_CUES.stream()
                .filter(cue -> cue.pattern().matcher(c).find())
                .map(StatusCue::status)
                .findFirst()
                .orElse(null);
    }

    private static Status wholeSentenceStatus(String s) {
        return SENTENCE_CUES.stream()
                .filter(cue -> cue.pattern().matcher(s).find())
                .map(StatusCue::status)
                .findFirst()
                .orElse(null);
    }

    /** The words from the previous clause break to the next one around the trigger. */
    static String clause(String sentence, Tokens t, int trigger) {
        int from = Math.max(0, trigger - 12);
        int to = Math.min(t.size(), trigger + 8);
        int base = t.starts()[0];
        return sentence.substring(t.starts()[from] - base, t.ends()[to - 1] - base);
    }

    /** What was agreed: the agreement noun with its modifiers ("overarching cooperation agreement"). */
    static String subject(Tokens t, int trigger) {
        int noun = -1;
        for (int d = 0; d < 12 && noun < 0; d++) {
            for (int i : new int[] {trigger + d, trigger - d}) {
                if (i >= 0
                        && i < t.size()
                        && AGREEMENT_NOUNS.contains(t.words()[i].toLowerCase(Locale.ROOT))
                        && t.tags()[i].equals("NOUN")) {
                    noun = i;
                    break;
                }
            }
        }
        if (noun < 0) {
            return null;
        }
        int start = noun;
        while (start > 0
                && (t.tags()[start - 1].equals("ADJ")
                        || t.tags()[start - 1].equals("NOUN")
                        || t.words()[start - 1].contains("-") && !t.tags()[start - 1].equals("PUNCT"))
                && noun - start < 4) {
            start--;
        }
        int end = noun + 1;
        // "memorandum of understanding", "agreement on trade"
        if (end + 1 < t.size() && t.words()[end].equalsIgnoreCase("of") && t.tags()[end + 1].equals("NOUN")) {
            end += 2;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.words()[i]);
        }
        return sb.toString().toLowerCase(Locale.ROOT).equals(sb.toString())
                ? sb.toString()
                : sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The matters the agreement covers: noun phrases after "cover", "include", "on", "to supply" … */
    static List<String> topics(String sentence, Tokens t) {
        Set<String> out = new LinkedHashSet<>();
        int base = t.starts()[0];
        Matcher m = TOPIC_LEAD.matcher(sentence);
        while (m.find()) {
            int i = t.at(base + m.end());
            if (i < 0) {
                i = t.at(base + m.end() + 1);
            }
            if (i < 0) {
                continue;
            }
            int limit = Math.min(t.size(), i + 14);
            List<String> phrase = new ArrayList<>();
            for (; i < limit; i++) {
                String tag = t.tags()[i];
                String w = t.words()[i];
                boolean modifier = (tag.equals("ADJ") || tag.equals("VERB") && !w.endsWith("ed") && !w.endsWith("ing"))
                        && i + 1 < t.size()
                        && t.tags()[i + 1].equals("NOUN");
                if (tag.equals("NOUN") || modifier) {
                    phrase.add(w.toLowerCase(Locale.ROOT));
                } else if (tag.equals("CCONJ") || w.equals(",") || tag.equals("ADV") || tag.equals("DET")) {
                    flush(phrase, out);
                    if (w.equals(",") && !phrase.isEmpty()) {
                        break;
                    }
                } else {
                    break;
                }
            }
            flush(phrase, out);
        }
        out.removeIf(s -> AGREEMENT_NOUNS.contains(s)
                || s.split(" ").length > 4
                || s.length() < 4
                || VAGUE.contains(s.substring(s.lastIndexOf(' ') + 1)));
        return new ArrayList<>(out);
    }

    private static void flush(List<String> phrase, Set<String> out) {
        if (!phrase.isEmpty()) {
            out.add(String.join(" ", phrase));
            phrase.clear();
        }
    }
}
