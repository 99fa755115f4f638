package io.accord.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.accord.extraction.LanguagePipeline.Tokens;

/**
 * What makes a sentence an agreement: a trigger in an agreement frame, the stage it reports (status), what was
 * agreed (subject) and on what (topics). Look-alikes ("media partner", "deal with the problem", "in agreement with the
 * statement", "signs of") are rejected here.
 */
final class AgreementRules {

    /** A trigger found in a sentence: the token index, the status it reports, and how sure the frame is. */
    record Trigger(int token, String status, double strength, boolean hypothetical, boolean explicit) {

        Trigger(int token, String status, double strength, boolean hypothetical) {
            this(token, status, strength, hypothetical, true);
        }
    }

    static final Set<String> AGREEMENT_NOUNS = words("agreement", "agreements", "deal", "deals", "pact", "pacts",
            "accord", "accords", "treaty", "treaties", "memorandum", "memorandums", "memoranda", "mou", "mous",
            "ceasefire", "cease-fire", "truce", "armistice", "partnership", "partnerships", "contract", "contracts",
            "protocol", "protocols", "alliance", "settlement", "understanding",
            "venture", "arrangement", "order", "orders", "license", "licence",
            "lease", "collaboration", "settlements");
    private static final Set<String> STRONG_NOUNS = words("agreement", "agreements", "deal", "deals", "pact", "pacts",
            "accord", "accords", "treaty", "treaties", "memorandum", "mou", "ceasefire", "cease-fire", "truce",
            "armistice", "contract", "contracts", "partnership", "venture");
    /** Business agreements: an order placed with a maker, a licence, a lease, a collaboration. */
    private static final Set<String> BUSINESS_NOUNS = words("order", "orders", "license", "licence", "licensing",
            "lease", "leasing", "collaboration", "settlement", "settlements", "alliance");
    private static final Set<String> TALK_NOUNS = words("talks", "negotiations", "negotiation", "consultations");
    private static final Set<String> SIGNING_VERBS = words("signed", "sign", "signs", "signing", "inked", "sealed");
    private static final Set<String> PARTNER_VERBS = words("partnered", "partner", "partners", "partnering", "teamed");
    /** Triggers known by their stem: "agree", "agreed", "agreeing"; "negotiate", "negotiators". */
    private static final List<String> TRIGGER_STEMS = List.of("agree", "negotiat", "collaborat", "ratif");

    private static final Pattern NOT_AGREEMENT = Pattern.compile("(?i)\\b(media partner|partner countries|partner country|trading partners?|business partners?|in agreement with|agree(?:s|d)? with (?:the|his|her|their|this|that|those|these) (?:statement|view|assessment|analysis|sentiment|idea|decision|comments?|remarks?|opinion|position)|i agree|we agree that|analysts agree|experts agree|agree[sd]? that|agree[sd]? it (?:was|is|would|had)|agree[sd]? with (?:[\\w.'’-]+ ){0,4}?(?:view|views|request|tactics|idea|comments?|assessment|remarks?|statement|opinion|position|criticism|suggestion|claims?|call)|(?:do|does|did)(?:n't| not) agree with|agree(?:s|d)? with [^.;]{0,40}?\\bthat\\b|agree(?:s|d)? with everything|agree(?:s|d)?(?=\\s*[:.;!?]|\\s*,\\s*[\"“])|agree(?:s|d)? (?:he|she|they|it|we|you|this|that) (?:could|would|should|will|might|can|must|was|is|were|are|had|has)\\b|(?:universal|general|broad|wide|widespread|common) agreement that|great deal|good deal of|a deal of|(?:to|can|could|must|should|will|would|cannot|can't) deal with|dealt with|dealing with|deals? with (?:the|a|an|this|that|these|those|it|them|issues?|problems?) (?:problem|issue|crisis|challenge|threat|situation|matter|consequences|fallout)|signs? of|sign(?:s|ed)? up|sign(?:s|ed)? off|signed into law|sign(?:s|ed|ing)? (?:a |an |the |his |her |their )?(?:[\\w-]+ ){0,2}?(?:bill|law|executive order|decree|petition|card|motion|autographs?|shirt|cheque|register|book of condolence|letter(?! of intent))|contracted|of (?:its|his|her|their) own accord|in accordance|accordingly|according to|settlement(?:s)? in the west bank|israeli settlements?|jewish settlements?|settlement activity|settlement construction|the understanding that|my understanding|understanding of)\\b");
    private static final Pattern SUSPENDED = Pattern.compile("(?i)\\b(suspend(?:s|ed|ing)?|violat(?:e|es|ed|ing|ion)|breach(?:es|ed)?|cancel(?:s|led|ed|ling)?|scrap(?:s|ped|ping)?|terminat(?:e|es|ed|ing)|withdr(?:ew|awn|aw|aws|awing)|pull(?:s|ed|ing)? out|tore up|tear up|abandon(?:s|ed)?|exit(?:s|ed)? from|quit|collaps(?:e|ed|es)|broke down|broken down|revok(?:e|ed|es)|annul(?:led)?|froze|freeze|broke off|broken off|halted)\\b");
    private static final Pattern REJECTED = Pattern.compile("(?i)\\b(reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing) to|turn(?:s|ed)? down|fail(?:s|ed)? to (?:agree|reach|sign|conclude|strike|seal)|(?:did|do|does|will|would|could|has|have|had)(?: not|n't| never) (?:agree|sign|reach|accept|ratify)|no agreement|without (?:an? )?(?:agreement|deal)|no deal|veto(?:ed)?|rebuff(?:ed)?|opposed)\\b");
    private static final Pattern PROPOSED = Pattern.compile("(?i)\\b(propos(?:e|es|ed|ing|al)|offer(?:s|ed|ing)?|suggest(?:s|ed)?|call(?:s|ed)? for (?:a|an|the) (?:new )?(?:agreement|deal|truce|ceasefire|treaty|talks)|draft)\\b");
    private static final Pattern INTENT = Pattern.compile("(?i)\\b(agree(?:d|s|ing)? to (?:sign|conclude|finali[sz]e|form|create|set up|establish|launch|build|develop|cooperate|work|hold|resume|extend|expand|open|begin|start|implement|jointly|pursue)|(?:will|shall|would|to) (?:sign|ink|seal|conclude)|(?:plans?|planning|expects?|expected|set|intends?|intend|aims?|aiming|ready|preparing|prepares?|hopes?|hoping|going|due|poised|scheduled) to (?:sign|ink|seal|conclude|reach|strike|finali[sz]e|agree)|to be signed|will be signed|expected to be|in the process of finali[sz]ing|finali[sz]ing|letter of intent|memorandum of intent|intent to|agreement in principle|preliminary|initial(?:l?ed)?)\\b");
    private static final Pattern SIGNED = Pattern.compile("(?i)\\b(signed|inked|sealed|concluded|have signed|has signed|signing ceremony|ratified|entered into|were signed|was signed|been signed|sign(?:s)? (?:a|an|the)|signing (?:of )?(?:a|an|the))\\b");
    private static final Pattern AGREED = Pattern.compile("(?i)\\b(agreed|agree|agrees|agreeing|reached|reach|reaches|struck|strike|strikes|clinched|clinch|brokered|secured|won|awarded|agreement was|deal was|accepted|approved|announced|finali[sz]ed|partnered|teamed up|formed|established|launched|joined|renewed|extended)\\b");
    private static final Pattern NEGOTIATING = Pattern.compile("(?i)\\b(talks|negotiat\\w*|discuss(?:ed|es|ing)?|consultations?|meet(?:ing|s)? to|working on|hammer(?:ing)? out|close to|near(?:ing)?|edge closer)\\b");
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(if|unless|could|might|may|would|should|whether|possible|possibly|potential|hypothetical)\\b");
    private static final Pattern TOPIC_LEAD = Pattern.compile("(?i)\\b(cover(?:s|ing)?|include(?:s|d)?|including|on|for|to (?:supply|deliver|provide|buy|build|develop|produce|expand|boost|promote|strengthen))\\b");

    /** Verb frames of commitment between two sides (CAMEO 03): "offered to hand over", "is willing to send". */
    private static final Pattern COMMITMENT = Pattern.compile("(?i)\\b(offer(?:s|ed)? to|(?:is|are|was|were|be) willing to|(?:is|are|was|were) prepared to|(?:is|are|was|were) ready to|(?:is|are|was|were) committed to|pledge(?:s|d)? to|promise(?:s|d)? to|vow(?:s|ed)? to|will (?:support|back|help|provide|give|send|supply|grant|fund|finance|return|release|hand over|withdraw))\\b");
    /** Acceptance or rejection of the other side's proposal: "rejected a Senegalese peace plan". */
    private static final Pattern RESPONSE = Pattern.compile("(?i)\\b(accept(?:s|ed)?|reject(?:s|ed)?|approv(?:e|es|ed)|endors(?:e|es|ed)|back(?:s|ed)?|welcom(?:e|es|ed)|turn(?:s|ed)? down|refus(?:e|es|ed) to accept)\\s+(?:\\S+\\s+){0,4}?(plan|proposal|offer|initiative|resolution|terms|roadmap|bid)\\b");
    /** Ongoing cooperation between two named sides: "Ford will continue to work with Baidu", "tie-up with". */
    private static final Pattern COOPERATION = Pattern.compile("(?i)\\b(work(?:s|ed|ing)? (?:closely |together )?with|team(?:s|ed|ing)? up with|t(?:ie|ies|ied|ying)[- ]up with|tie-up|relationships? with|incentive package|joined forces with|join(?:s|ed)? forces with)\\b");
    private static final Pattern CONSENSUS = Pattern.compile("(?i)\\b(reach(?:ed|es)?|came to|come to|found)\\s+(?:a|an)\\s+(?:\\S+\\s+)?(consensus|understanding|compromise|accommodation)\\b");

    /** Every word a trigger can be, built from the same lists the trigger loop reads, so the two cannot drift. */
    private static final Pattern TRIGGER_WORD = triggerWords();

    /** "X will acquire Y in a deal", "bought out Y … a fantastic deal": a takeover, not an agreement between two sides. */
    private static final Pattern ACQUISITION = Pattern.compile("(?i)\\b(acquir(?:e|es|ed|ing)|acquisition of|purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought(?: out)?|took over|take over|takeover of)\\b");

    /** A word list; repeats are harmless. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Heads that say nothing about what was agreed: "a wide variety of issues", "a number of areas". */
    private static final Set<String> VAGUE = words("variety", "range", "number", "issues", "issue", "areas", "area",
            "matters", "things", "aspects", "sidelines", "part", "terms", "details", "years", "year", "time", "way",
            "lot", "kind", "sort", "type", "percent", "million", "billion", "people", "side", "sides", "today");

    private AgreementRules() {
    }

    /** A cheap test, before any tagging: can the sentence hold a trigger word or an agreement frame at all? */
    static boolean mayHold(String sentence) {
        return TRIGGER_WORD.matcher(sentence).find() || CONSENSUS.matcher(sentence).find() || RESPONSE.matcher(sentence).find()
                || COOPERATION.matcher(sentence).find() || COMMITMENT.matcher(sentence).find();
    }

    private static Pattern triggerWords() {
        Set<String> all = new java.util.TreeSet<>(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w));
        for (Set<String> list : List.of(STRONG_NOUNS, AGREEMENT_NOUNS, BUSINESS_NOUNS, TALK_NOUNS, SIGNING_VERBS, PARTNER_VERBS)) {
            all.addAll(list);
        }
        StringBuilder alternatives = new StringBuilder();
        TRIGGER_STEMS.forEach(stem -> alternatives.append(stem).append("\\w*|"));
        all.forEach(w -> alternatives.append(Pattern.quote(w)).append('|'));
        alternatives.setLength(alternatives.length() - 1);
        return Pattern.compile("(?i)\\b(?:" + alternatives + ")\\b");
    }

    /** The strongest trigger of the sentence, if its frame is an agreement's. */
    static Trigger trigger(String sentence, Tokens t) {
        // look-alikes are blanked out, keeping every offset where it was
        String cleaned = NOT_AGREEMENT.matcher(sentence).replaceAll(m -> " ".repeat(m.group().length()));
        if (!mayHold(cleaned) || NOT_A_DEVELOPMENT.matcher(sentence).find() || namesABackgroundAgreement(sentence)) {
            return null;
        }
        Trigger best = null;
        for (int i = 0; i < t.size(); i++) {
            String w = t.words()[i].toLowerCase(Locale.ROOT);
            String tag = t.tags()[i];
            double strength = 0;
            if (STRONG_NOUNS.contains(w) && (tag.equals("NOUN") || tag.equals("PROPN"))) {
                strength = 0.8;
                if ((w.equals("deal") || w.equals("deals")) && i + 1 < t.size() && t.words()[i + 1].equalsIgnoreCase("with") && tag.equals("VERB")) {
                    strength = 0;
                }
                if (w.equals("venture") && (i == 0 || !t.words()[i - 1].equalsIgnoreCase("joint"))) {
                    strength = 0;
                }
            } else if (AGREEMENT_NOUNS.contains(w) && tag.equals("NOUN")) {
                strength = w.equals("understanding") ? (i > 1 && t.words()[i - 2].toLowerCase(Locale.ROOT).startsWith("memorand") ? 0.8 : 0) : 0.5;
            } else if (w.startsWith("agree") && !w.startsWith("agreement") && tag.equals("VERB")) {
                strength = 0.75;
            } else if (SIGNING_VERBS.contains(w) && !tag.equals("NOUN")) {
                strength = 0.7;
            } else if (BUSINESS_NOUNS.contains(w) && (tag.equals("NOUN") || tag.equals("VERB") && (w.endsWith("ing") || w.startsWith("lease")))) {
                strength = businessFrame(t, i) ? 0.6 : 0;
            } else if ((w.startsWith("collaborat") || w.equals("partnering") || w.equals("teamed")) && tag.equals("VERB")) {
                strength = 0.6;
            } else if (TALK_NOUNS.contains(w) || w.startsWith("negotiat")) {
                strength = 0.55;
            } else if ((w.equals("partnered") || w.equals("partner") || w.equals("partners")) && tag.equals("VERB")) {
                strength = 0.6;
            } else if (w.startsWith("ratif")) {
                strength = 0.6;
            }
            if (strength > 0 && !cleaned.toLowerCase(Locale.ROOT).contains(w)) {
                strength = 0;
            }
            if (strength > 0 && (best == null || strength > best.strength())) {
                best = new Trigger(i, null, strength, false);
            }
        }
        if (best != null && isDealWord(t.words()[best.token()]) && ACQUISITION.matcher(sentence).find()
                && !Pattern.compile("(?i)\\bagree(?:d|s)? to (?:acquire|buy|purchase|sell)").matcher(sentence).find()) {
            return null;
        }
        if (best == null) {
            best = frameTrigger(sentence, t);
            if (best != null) {
                return best;
            }
            return null;
        }
        String status = status(cleaned, t, best.token());
        // nothing said near the trigger: the sentence's other verbs tell ("signed a firm order … in one of the deals")
        if (status == null) {
            status = wholeSentenceStatus(cleaned);
        }
        boolean explicit = status != null;
        status = explicit ? status : "agreed";
        boolean hypothetical = HYPOTHETICAL.matcher(clause(sentence, t, best.token())).find() && !status.equals("intent");
        return new Trigger(best.token(), status, best.strength(), hypothetical, explicit);
    }

    /**
     * Sentences that mention an agreement without reporting one (the guidelines' "not a development"): conditions
     * and hopes, denials and failures, securities dealing, hostile bids, and agreements cited as background.
     */
    private static final Pattern NOT_A_DEVELOPMENT = Pattern.compile("(?i)(?:^\\W*(?:if|unless|whether)\\b"
            + "|\\b(?:if|unless)\\b[^.;]{0,80}\\b(?:agree\\w*|deal|pact|accord|contract|treaty)\\b"
            + "|\\bwithout a new (?:agreement|deal|contract)"
            + "|\\b(?:chance|possibility|prospect)s? of (?:an? )?(?:\\w+ )?(?:agreement|deal)"
            + "|\\bhope[sd]?\\b[^.;]{0,60}\\b(?:agreement|deal)\\b[^.;]{0,40}\\b(?:could|would)\\b|\\bhoping for talks"
            + "|\\b(?:have|has|had)(?: not|n't)(?: yet)? (?:got|reached|been awarded|been signed|been agreed)\\b|\\bnot yet been awarded"
            + "|\\bno (?:agreement|deal) (?:has been|was|had been|is)\\b|\\bfailed to win\\b|\\bunable to (?:reach|agree)\\b"
            + "|\\b(?:did|does) not rule out\\b|\\bnever talked\\b"
            + "|\\bco-?managed\\b|\\blead[- ]managed?\\b|\\bunderwr\\w+|\\bmanaged the (?:deal|issue)\\b"
            + "|\\bthe deal (?:was|is) (?:trading|quoted|priced)\\b|\\bbasis points over\\b"
            // sports results: "sealed a quarter-final trip", "struck the post"
            + "|\\b(?:sealed|secured|clinched|booked|earned|won)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:victory|win|place|spot|trip|title|draw|points?|berth|(?:semi|quarter)-?finals?|final|promotion|match|game|series|cup|medal|race|tie)\\b"
            + "|\\b(?:struck|strike|headed|volleyed|scored|netted|fired)\\b[^.;]{0,60}\\b(?:goal|post|bar|crossbar|corner|net|header|shot|penalty|free-kick)\\b"
            + "|\\btender offer\\b|\\bhostile (?:bid|offer|takeover)|\\bunsolicited (?:bid|offer|approach)"
            + "|\\b(?:under|since|based (?:up)?on|adhere(?:nce)? to|obligations under|lived? up to|in contrast to|allowed under)\\s+"
            + "(?!terms\\b|(?:a|the) new\\b)(?:[\\w'’-]+\\s+){0,6}?(?:agreement|accord|pact|treaty|convention|licen[cs]e)s?\\b(?!\\s+(?:\\w+\\s+)?with\\b))");
    /** "the 1985 Plaza Agreement", "the European Convention on Human Rights": an agreement known by its name. */
    private static final Pattern NAMED_AGREEMENT = Pattern.compile("\\b(?:[A-Z][\\w'’-]+\\s+){1,4}(?:Agreement|Accord|Convention|Pact|Treaty|Protocol)\\b|\\bstability and growth pact\\b");
    private static final Pattern DEVELOPMENT = Pattern.compile("(?i)\\b(?:sign\\w*|reach\\w*|reaffirm\\w*|renew\\w*|confirm\\w*|commitment|negotiat\\w*|talks|ratif\\w*|join\\w*|withdr\\w*|agreed|agrees|violat\\w*|breach\\w*|suspend\\w*|scrap\\w*|extend\\w*|amend\\w*)\\b");

    /** "is planning a long-term relationship with": a relationship being set up, not one that exists. */
    private static final Pattern NEW_RELATIONSHIP = Pattern.compile("(?i)\\b(?:plan\\w*|form\\w*|establish\\w*|build\\w*|enter\\w*|forg\\w*|begin\\w*|start\\w*)\\b[^.;]{0,40}\\brelationship");
    private static final Pattern AGREEMENT_WORD = Pattern.compile("(?i)\\b(?:agree\\w*|deal|pact|accord|treaty|contract|memorandum|partnership|venture|alliance)\\b");

    private static boolean namesABackgroundAgreement(String sentence) {
        return NAMED_AGREEMENT.matcher(sentence).find() && !DEVELOPMENT.matcher(sentence).find();
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
            return new Trigger(Math.max(0, t.at(base + m.start(2))), "agreed", 0.6, false);
        }
        m = RESPONSE.matcher(sentence);
        if (m.find()) {
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            String status = verb.startsWith("reject") || verb.startsWith("turn") || verb.startsWith("refus") ? "rejected" : "agreed";
            return new Trigger(Math.max(0, t.at(base + m.start(2))), status, 0.55, false);
        }
        m = COOPERATION.matcher(sentence);
        // working with someone is a relation, not an agreement, unless an agreement is named too
        if (m.find() && !((m.group(1).toLowerCase(Locale.ROOT).startsWith("work") || m.group(1).toLowerCase(Locale.ROOT).startsWith("relationship")
                && !NEW_RELATIONSHIP.matcher(sentence).find()) && !AGREEMENT_WORD.matcher(sentence).find())) {
            return new Trigger(Math.max(0, t.at(base + m.start())), "agreed", 0.45, HYPOTHETICAL.matcher(sentence).find());
        }
        m = COMMITMENT.matcher(sentence);
        if (m.find()) {
            String status = m.group(1).toLowerCase(Locale.ROOT).startsWith("offer") ? "proposed" : "intent";
            boolean hypothetical = HYPOTHETICAL.matcher(sentence.substring(m.start())).find();
            return new Trigger(Math.max(0, t.at(base + m.start())), status, 0.5, hypothetical);
        }
        return null;
    }

    /**
     * "Order" and "settlement" are agreements only in a deal frame: "an order for 40 jets", "placed an order with",
     * "the settlement with the union" — not "in order to", "law and order", "Israeli settlements".
     */
    private static boolean businessFrame(Tokens t, int i) {
        String w = t.words()[i].toLowerCase(Locale.ROOT);
        String prev = i > 0 ? t.words()[i - 1].toLowerCase(Locale.ROOT) : "";
        String next = i + 1 < t.size() ? t.words()[i + 1].toLowerCase(Locale.ROOT) : "";
        if (w.startsWith("order")) {
            return !prev.equals("in") && !prev.equals("executive") && !prev.equals("court") && !prev.equals("and")
                    && !next.equals("to") && !next.equals("of") && (next.equals("for") || next.equals("from") || next.equals("with")
                    || prev.equals("the") || prev.equals("an") || prev.equals("firm") || prev.equals("new") || prev.equals("big"));
        }
        if (w.startsWith("settlement")) {
            return next.equals("with") || next.equals("agreement") || prev.equals("legal") || prev.equals("a") || prev.equals("the");
        }
        return !next.equals("plate") && !prev.equals("driver") && !prev.equals("driving");
    }

    /** The stage reported, judged on the clause around the trigger. */
    static String status(String sentence, Tokens t, int trigger) {
        String c = clause(sentence, t, trigger);
        if (SUSPENDED.matcher(c).find()) {
            return "suspended";
        }
        if (REJECTED.matcher(c).find()) {
            return "rejected";
        }
        if (INTENT.matcher(c).find()) {
            return "intent";
        }
        if (SIGNED.matcher(c).find()) {
            return "signed";
        }
        if (PROPOSED.matcher(c).find()) {
            return "proposed";
        }
        if (AGREED.matcher(c).find()) {
            return "agreed";
        }
        if (NEGOTIATING.matcher(c).find()) {
            return "negotiating";
        }
        return null;
    }

    private static String wholeSentenceStatus(String s) {
        if (SIGNED.matcher(s).find()) {
            return "signed";
        }
        if (INTENT.matcher(s).find()) {
            return "intent";
        }
        if (NEGOTIATING.matcher(s).find()) {
            return "negotiating";
        }
        return null;
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
            for (int i : new int[] { trigger + d, trigger - d }) {
                if (i >= 0 && i < t.size() && AGREEMENT_NOUNS.contains(t.words()[i].toLowerCase(Locale.ROOT))
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
        while (start > 0 && (t.tags()[start - 1].equals("ADJ") || t.tags()[start - 1].equals("NOUN")
                || t.words()[start - 1].contains("-") && !t.tags()[start - 1].equals("PUNCT")) && noun - start < 4) {
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
        return sb.toString().toLowerCase(Locale.ROOT).equals(sb.toString()) ? sb.toString()
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
                        && i + 1 < t.size() && t.tags()[i + 1].equals("NOUN");
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
        out.removeIf(s -> AGREEMENT_NOUNS.contains(s) || s.split(" ").length > 4 || s.length() < 4
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
