package io.accord.extraction;

import io.accord.extraction.AgreementRules.Trigger;
import io.accord.extraction.Gazetteer.Match;
import io.accord.extraction.LanguagePipeline.Tokens;
import io.accord.model.AgreementEvent;
import io.accord.model.ArticleRef;
import io.accord.model.Evidence;
import io.accord.model.Location;
import io.accord.model.NormalizedArticle;
import io.accord.model.Party;
import io.accord.model.Speaker;
import io.accord.text.Hashes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import opennlp.tools.util.Span;

/**
 * The extraction core: a normalised article in, its agreement events out. Plain Java and thread-safe; build one
 * and share it (loading models and the gazetteer takes a second or two).
 */
public final class Extractor {

    public static final String VERSION = "accord-extract/0.1.0";
    private static final Pattern SIDES = Pattern.compile(
            "(?i)\\b(the (?:two )?sides|both sides|the two (?:countries|nations|governments|companies|firms|leaders|parties)|both (?:countries|nations|governments|companies|parties|leaders)|the parties|each other)\\b");
    private static final Pattern REGION = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+)?)\\s(Region|Oblast|Province|Governorate|Territory|Krai|State|County|Prefecture)\\b");
    private static final Pattern IN_PLACE = Pattern.compile(
            "\\b(?:in|at|near|outside)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+){0,3})");

    private static final int MAX_PARTIES = 3;
    private final LanguagePipeline pipeline;
    private final Gazetteer gazetteer;
    private final ActorFinder actors;
    private final Coding coding;
    private final MentionGate gate;

    /** An article that takes longer than this is given up on, so that one pathological text cannot stall a stream. */
    public static final java.time.Duration TIME_BUDGET = java.time.Duration.ofSeconds(10);

    /** Thrown when an article exceeds {@link #TIME_BUDGET}. */
    public static final class OverBudgetException extends RuntimeException {
        OverBudgetException(String message) {
            super(message);
        }
    }

    /** The rules and models are for English; other languages are skipped, not misread. */
    public static boolean supports(String language) {
        return language == null || language.equals("en");
    }

    public Extractor() {
        this(MentionGate.load());
    }

    private Extractor(MentionGate gate) {
        this.pipeline = new LanguagePipeline();
        this.gazetteer = Gazetteer.load();
        this.actors = new ActorFinder(gazetteer);
        this.coding = new Coding();
        this.gate = gate;
    }

    /** The rules alone, for training the gate: {@link #candidates} only. */
    public static Extractor ungated() {
        return new Extractor(null);
    }

    private Extractor(Extractor rules, MentionGate gate) {
        this.pipeline = rules.pipeline;
        this.gazetteer = rules.gazetteer;
        this.actors = rules.actors;
        this.coding = rules.coding;
        this.gate = gate;
    }

    /** These rules with another gate (a cross-validation fold's), sharing the models and gazetteer already loaded. */
    Extractor withGate(MentionGate gate) {
        return new Extractor(this, gate);
    }

    /** Every candidate of the rules an event, none judged by the learned gate: what the rules' own tests check. */
    public static Extractor rulesOnly() {
        return new Extractor(MentionGate.openGate());
    }

    /** One agreement mention in one sentence, and what the gate thought of it. */
    private record Mention(
            Span sentence,
            int index,
            int sentences,
            Trigger trigger,
            List<Actor> parties,
            Tokens tokens,
            double probability) {

        Mention gated(double p) {
            return new Mention(sentence, index, sentences, trigger, parties, tokens, p);
        }
    }

    /** What the rules found in one sentence, with the gate's features: the material {@code train-gate} learns from. */
    public record Candidate(String sentence, int start, int end, List<Party> parties, String[] features) {}

    /** The mentions of an article and the gazetteer's matches they were found with. */
    private record Found(List<Mention> mentions, List<Match> matches) {}

    public List<Candidate> candidates(NormalizedArticle article) {
        List<Mention> mentions = mentions(article).mentions();
        List<Candidate> out = new ArrayList<>();
        for (Mention m : mentions) {
            out.add(new Candidate(
                    article.body()
                            .substring(m.sentence().getStart(), m.sentence().getEnd()),
                    m.sentence().getStart(),
                    m.sentence().getEnd(),
                    m.parties().stream().map(Actor::toParty).toList(),
                    features(article, m, mentions.size())));
        }
        return out;
    }

    private static String[] features(NormalizedArticle article, Mention m, int candidates) {
        String text =
                article.body().substring(m.sentence().getStart(), m.sentence().getEnd());
        return MentionGate.features(
                m.tokens(), m.trigger(), m.parties(), m.index(), m.sentences(), text, article.title(), candidates);
    }

    public List<AgreementEvent> extract(NormalizedArticle article) {
        return read(article).events();
    }

    /**
     * What an article says of agreements: its events, and its mentions — the candidates the gate finds to refer to an
     * agreement without reporting news of it ("Last week, SBC agreed to buy AT&T" in a story about another deal), of
     * sides the article reports no event between.
     */
    public record Reading(List<AgreementEvent> events, List<AgreementEvent> mentions) {}

    public Reading read(NormalizedArticle article) {
        if (gate == null) {
            throw new IllegalStateException("an ungated extractor only lists candidates");
        }
        Found found = mentions(article);
        List<Mention> kept = new ArrayList<>();
        List<Mention> referred = new ArrayList<>();
        for (Mention m : found.mentions()) {
            double p = gate.probability(features(article, m, found.mentions().size()));
            (gate.passes(p) ? kept : referred).add(m.gated(p));
        }
        List<AgreementEvent> events = merge(article, kept, found.matches());
        if (referred.isEmpty()) {
            return new Reading(events, List.of());
        }
        Set<String> reported = events.stream().map(AgreementEvent::id).collect(Collectors.toSet());
        List<AgreementEvent> mentions = merge(article, referred, found.matches()).stream()
                .filter(m -> !reported.contains(m.id()))
                .map(AgreementEvent::asMention)
                .toList();
        return new Reading(events, mentions);
    }

    private Found mentions(NormalizedArticle article) {
        String body = article.body();
        // most articles hold no agreement word anywhere: they need neither sentences nor names
        if (!AgreementRules.mayHold(body)) {
            return new Found(List.of(), List.of());
        }
        List<Span> sentences = pipeline.sentences(body);
        SentenceCache cache = new SentenceCache(body, sentences);
        List<Mention> mentions = new ArrayList<>();
        long deadline = System.nanoTime() + TIME_BUDGET.toNanos();
        for (int i = 0; i < sentences.size(); i++) {
            if (System.nanoTime() > deadline) {
                throw new OverBudgetException("extraction exceeded its time budget of " + TIME_BUDGET.toSeconds()
                        + " s after " + i + " of " + sentences.size() + " sentences");
            }
            Span s = sentences.get(i);
            String text = body.substring(s.getStart(), s.getEnd());
            String cleaned = AgreementRules.mayHold(text) ? AgreementRules.admissible(text) : null;
            if (cleaned == null) {
                continue;
            }
            Tokens tokens = cache.tokens(i);
            Trigger trigger = AgreementRules.trigger(text, cleaned, tokens);
            if (trigger == null) {
                continue;
            }
            List<Actor> parties = distinct(cache.actors(i));
            // "the sides agreed", "the deal": the other side is named in the sentence before or after
            if (parties.size() < 2 && (SIDES.matcher(text).find() || trigger.strength() >= 0.6)) {
                for (int n : new int[] {i - 1, i + 1}) {
                    if (n < 0
                            || n >= sentences.size()
                            || parties.size() >= 2
                            || !sameParagraph(body, sentences.get(i), sentences.get(n))) {
                        continue;
                    }
                    List<Actor> merged = new ArrayList<>(parties);
                    merged.addAll(cache.actors(n));
                    List<Actor> d = distinct(merged);
                    if (d.size() > parties.size()) {
                        parties = d.subList(0, Math.min(d.size(), Math.max(2, parties.size() + 1)));
                    }
                }
            }
            // "the company also cut a deal with X": the company is the one the article is about
            if (parties.size() == 1
                    && trigger.strength() >= 0.6
                    && ActorFinder.COMPANY_ANAPHOR.matcher(text).find()) {
                Actor topic = cache.topicEntity();
                if (topic != null) {
                    List<Actor> merged = new ArrayList<>(parties);
                    merged.add(0, topic);
                    parties = distinct(merged);
                }
            }
            // "The agreement was announced at a ceremony …": a definite mention of the agreement just reported
            if (parties.size() < 2 && !mentions.isEmpty() && definite(tokens, trigger)) {
                parties = mentions.get(mentions.size() - 1).parties();
            }
            // "its deal", "the pact" with nothing happening to it ("Moody's review of the deal") starts no event of its
            // own
            if (definite(tokens, trigger) && !DEVELOPMENT.matcher(text).find() && !introducesSides(tokens, trigger)) {
                if (!mentions.isEmpty()) {
                    parties = mentions.get(mentions.size() - 1).parties();
                } else if (article.title() == null
                        || !DEAL_IN_TITLE.matcher(article.title()).find()) {
                    // unless the headline announces a deal the body only goes on to describe
                    continue;
                }
            }
            parties = withoutWhatIsSold(parties, tokens, trigger.token());
            if (parties.size() >= 2) {
                mentions.add(new Mention(
                        s,
                        i,
                        sentences.size(),
                        trigger,
                        closest(parties, tokens, trigger.token(), MAX_PARTIES),
                        tokens,
                        1));
            }
        }
        return new Found(mentions, mentions.isEmpty() ? List.of() : cache.matches());
    }

    private static final java.util.regex.Pattern DEVELOPMENT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:sign\\w*|agree[sd]?|agreeing|reach\\w*|announc\\w*|complet\\w*|negotiat\\w*|talks|propos\\w*|offer\\w*|reject\\w*|award\\w*|accept\\w*|approv\\w*|seal\\w*|renew\\w*|confirm\\w*|discuss\\w*|settl\\w*|clos\\w*|buy\\w*|sell\\w*|sold|acquir\\w*|form\\w*|establish\\w*|struck|strike|won|win\\w*|suspend\\w*|cancel\\w*|collaps\\w*|violat\\w*|breach\\w*|scrap\\w*|withdr\\w*|terminat\\w*|abandon\\w*|revok\\w*|extend\\w*|ratif\\w*|implement\\w*|broke|broken|tore)\\b");

    /** A headline that announces a deal the body may only go on to describe. */
    private static final java.util.regex.Pattern DEAL_IN_TITLE = AgreementRules.frame("deal-headline");

    /** "agreed to sell its unit X to Y": X is what changes hands, Y the other side. */
    private static List<Actor> withoutWhatIsSold(List<Actor> parties, Tokens t, int trigger) {
        // the trigger is "sell" itself, or "agreed" in "agreed to sell"
        int sell = -1;
        for (int i = trigger; i < Math.min(t.size(), trigger + 4) && sell < 0; i++) {
            sell = t.words()[i].equalsIgnoreCase("sell") ? i : -1;
        }
        if (sell < 0) {
            return parties;
        }
        trigger = sell;
        int to = -1;
        for (int i = trigger + 1; i < t.size() && to < 0; i++) {
            if (t.words()[i].equalsIgnoreCase("to")
                    && i + 1 < t.size()
                    && Character.isUpperCase(t.words()[i + 1].codePointAt(0))) {
                to = i;
            }
        }
        if (to < 0) {
            return parties;
        }
        int from = t.ends()[trigger];
        int until = t.starts()[to];
        return parties.stream()
                .filter(a -> a.start() < from || a.start() >= until)
                .toList();
    }

    /** "The agreement between Japan and Australia …", "its pact with Exxon": the sentence names the sides itself. */
    private static boolean introducesSides(Tokens t, Trigger trigger) {
        for (int i = trigger.token() + 1; i < Math.min(t.size(), trigger.token() + 4); i++) {
            String w = t.words()[i].toLowerCase(Locale.ROOT);
            if (w.equals("between") || w.equals("with")) {
                return true;
            }
        }
        return false;
    }

    private static boolean definite(Tokens t, Trigger trigger) {
        int i = trigger.token();
        if (trigger.strength() < 0.8 || i == 0) {
            return false;
        }
        String before = t.words()[i - 1].toLowerCase(Locale.ROOT);
        String twoBefore = i > 1 ? t.words()[i - 2].toLowerCase(Locale.ROOT) : "";
        return before.equals("the")
                || before.equals("this")
                || before.equals("that")
                || twoBefore.equals("the")
                || twoBefore.equals("this");
    }

    private static boolean sameParagraph(String body, Span a, Span b) {
        int from = Math.min(a.getEnd(), b.getEnd());
        int to = Math.max(a.getStart(), b.getStart());
        return from >= to || !body.substring(from, to).contains("\n\n");
    }

    /** Tags and actors of each sentence, computed once and only for the sentences that need them. */
    private final class SentenceCache {
        private final String body;
        private final List<Span> sentences;
        private final Tokens[] tokens;
        private final List<Actor>[] actors;
        private List<Match> matches;
        private KnownInArticle known;

        @SuppressWarnings("unchecked")
        SentenceCache(String body, List<Span> sentences) {
            this.body = body;
            this.sentences = sentences;
            this.tokens = new Tokens[sentences.size()];
            this.actors = new List[sentences.size()];
        }

        /** The gazetteer's matches in the whole text, looked for once a sentence needs its names. */
        List<Match> matches() {
            if (matches == null) {
                matches = gazetteer.find(body);
                known = new KnownInArticle(matches);
            }
            return matches;
        }

        KnownInArticle known() {
            matches();
            return known;
        }

        Tokens tokens(int i) {
            if (tokens[i] == null) {
                tokens[i] = pipeline.tag(body, sentences.get(i));
            }
            return tokens[i];
        }

        /** The organisation named most often in the article: what "the company" refers to. */
        Actor topicEntity() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, Actor> first = new LinkedHashMap<>();
            for (int i = 0; i < sentences.size(); i++) {
                for (Actor a : actors(i)) {
                    if (a.kind().equals("company")
                            || a.kind().equals("organization")
                                    && a.name().indexOf(' ') < 0
                                    && !a.name().startsWith("the ")) {
                        counts.merge(a.name(), 1, Integer::sum);
                        first.putIfAbsent(a.name(), a);
                    }
                }
            }
            return counts.entrySet().stream()
                    .filter(e -> e.getValue() >= 2)
                    .max(Map.Entry.comparingByValue())
                    .map(e -> first.get(e.getKey()))
                    .orElse(null);
        }

        List<Actor> actors(int i) {
            if (actors[i] == null) {
                actors[i] = candidates(body, sentences.get(i), tokens(i), matches(), known());
            }
            return actors[i];
        }
    }

    /**
     * The sides nearest the trigger, in the order the article names them. A side introduced by "with", "between",
     * "and" or "from" counts as nearer: those are the frames that join the two sides of an agreement.
     */
    static List<Actor> closest(List<Actor> parties, Tokens t, int trigger, int max) {
        if (parties.size() <= max) {
            return parties;
        }
        int triggerStart = t.starts()[Math.min(trigger, t.size() - 1)];
        Map<Actor, Integer> distance = new java.util.HashMap<>();
        for (Actor a : parties) {
            int tok = t.at(a.start());
            int d = tok < 0 ? 1000 + Math.abs(a.start() - triggerStart) : Math.abs(tok - trigger);
            String before = tok > 0 ? t.words()[tok - 1].toLowerCase(Locale.ROOT) : "";
            if (before.equals("with") || before.equals("between") || before.equals("and") || before.equals("from")) {
                d -= 4;
            }
            distance.put(a, d);
        }
        // "Jiangsu Tobacco and Celanese established …": the first of two joined sides is as near as the second
        for (Actor a : parties) {
            for (Actor b : parties) {
                if (a != b && b.start() > a.end() && joinedByAnd(t, a, b)) {
                    distance.put(a, Math.min(distance.get(a), distance.get(b)));
                }
            }
        }
        List<Actor> chosen = parties.stream()
                .sorted(Comparator.comparingInt(distance::get))
                .limit(max)
                .toList();
        return parties.stream().filter(chosen::contains).toList();
    }

    /** "A and B", "A Inc and B": nothing but a legal form and "and" between the two names. */
    private static boolean joinedByAnd(Tokens t, Actor a, Actor b) {
        int last = t.at(a.end() - 1);
        if (last < 0 || t.at(b.start()) < 0) {
            return false;
        }
        int k = last + 1;
        while (k < t.size() && t.starts()[k] < b.start() && ActorKeys.isLegalForm(t.words()[k])) {
            k++;
        }
        return k + 1 < t.size() && t.words()[k].equals("and") && t.starts()[k + 1] == b.start();
    }

    /** Actors of the sentence outside its trailing attribution ("…, the minister told Sputnik"). */
    private List<Actor> candidates(String body, Span s, Tokens tokens, List<Match> matches, KnownInArticle known) {
        String text = body.substring(s.getStart(), s.getEnd());
        int tail = s.getStart() + Attribution.tailStart(text);
        List<Actor> found = actors.find(body, tokens, matches, known.namesInArticle(body));
        found.removeIf(a -> a.start() >= tail);
        List<Actor> sides = new ArrayList<>();
        for (Actor a : found) {
            Actor side = identified(a, body, known);
            if (side != null) {
                sides.add(known.shortForms(body).expand(side));
            }
        }
        return sides;
    }

    /** What the gazetteer found in the whole article, indexed once: people by surname, countries by position. */
    private static final class KnownInArticle {
        private Set<String> namesInArticle;
        private ShortForms shortForms;

        ShortForms shortForms(String body) {
            if (shortForms == null) {
                shortForms = ShortForms.of(body);
            }
            return shortForms;
        }

        Set<String> namesInArticle(String body) {
            if (namesInArticle == null) {
                namesInArticle = ActorFinder.namesInArticle(body);
            }
            return namesInArticle;
        }

        final Map<String, Gazetteer.Entry> personBySurname = new java.util.HashMap<>();
        private final int[] countryEnds;
        private final String[] countries;

        KnownInArticle(List<Match> matches) {
            List<Match> states = new ArrayList<>();
            for (Match m : matches) {
                Gazetteer.Entry e = m.entry();
                String surface = e.surface();
                if (e.kind().equals("person") && e.country() != null && surface.indexOf(' ') > 0) {
                    personBySurname.putIfAbsent(surface.substring(surface.lastIndexOf(' ') + 1), e);
                }
                if ((e.isCountry() || e.kind().equals("government"))
                        && e.country() != null
                        && !e.country().startsWith("IGO")) {
                    states.add(m);
                }
            }
            states.sort(Comparator.comparingInt(Match::end));
            countryEnds = states.stream().mapToInt(Match::end).toArray();
            countries = states.stream().map(m -> m.entry().country()).toArray(String[]::new);
        }

        /** The country named last before this offset, or null. */
        String countryBefore(int offset) {
            // the first country ending after the offset; the one before it is the last named
            int lo = 0;
            int hi = countryEnds.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (countryEnds[mid] <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 ? countries[lo - 1] : null;
        }
    }

    /** Capitalised words that name no one: adjectives and common nouns written with a capital ("TV", "European"). */
    private static final Set<String> NOT_A_SIDE = Set.of(
            "tv",
            "pr",
            "european",
            "western",
            "eastern",
            "trading",
            "tariffs",
            "banking",
            "internet",
            "web",
            "chapter",
            "christmas",
            "easter",
            "breakfast");

    /**
     * The side an actor stands for, or null when it cannot be one: a modifier cut from a compound ("UK-based"), a
     * government or force of no country the article has named ("the government" is the last named country's); a
     * known name the chunker did not resolve ("US")
     * takes its gazetteer identity, and a lone surname ("Mr Blair") the person the article names in full.
     */
    private Actor identified(Actor a, String body, KnownInArticle known) {
        if (a.name().endsWith("-")
                || a.end() < body.length() && body.charAt(a.end()) == '-'
                || NOT_A_SIDE.contains(a.name().toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (a.country() != null) {
            return a;
        }
        Gazetteer.Entry entry =
                gazetteer.lookup(a.name()).filter(e -> !e.isPlace()).orElse(null);
        if (entry != null && entry.country() != null && !entry.country().isEmpty()) {
            return new Actor(
                    a.start(),
                    a.end(),
                    a.name(),
                    entry.country(),
                    entry.sector().isEmpty() ? "GOV" : entry.sector(),
                    entry.kind(),
                    true);
        }
        if (a.name().indexOf(' ') < 0 && !a.kind().equals("company")) {
            Gazetteer.Entry e = known.personBySurname.get(a.name());
            if (e != null) {
                return new Actor(a.start(), a.end(), e.surface(), e.country(), e.sector(), "person", true);
            }
        }
        if (a.kind().equals("government") || a.kind().equals("military")) {
            // "the government" of the country the article last named; of no country at all, it is not a side
            String country = known.countryBefore(a.start());
            return country == null
                    ? null
                    : new Actor(a.start(), a.end(), a.name(), country, a.sector(), a.kind(), false);
        }
        return a;
    }

    /** One actor per side, in order of first mention; a country and its own ministry stay two only if both named. */
    private static List<Actor> distinct(List<Actor> found) {
        Map<String, Actor> bySide = new LinkedHashMap<>();
        for (Actor a : found) {
            Actor prior = bySide.get(a.key());
            if (prior == null) {
                // the country is already a side through one of its named bodies
                boolean covered = (a.kind().equals("country") || a.kind().equals("government"))
                        && a.country() != null
                        && bySide.values().stream().anyMatch(b -> a.country().equals(b.country()));
                if (!covered) {
                    bySide.put(a.key(), a);
                }
            }
        }
        // a named body of a country stands for it: drop the bare country mentioned before it
        List<Actor> out = new ArrayList<>(bySide.values());
        out.removeIf(a -> (a.kind().equals("country") || a.kind().equals("government"))
                && a.country() != null
                && out.stream()
                        .anyMatch(b -> b != a
                                && a.country().equals(b.country())
                                && !b.kind().equals("country")
                                && !b.kind().equals("person")
                                && b.start() > a.start()));
        return out;
    }

    private List<AgreementEvent> merge(NormalizedArticle article, List<Mention> mentions, List<Match> matches) {
        Map<String, List<Mention>> byParties = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String key =
                    m.parties().stream().map(Actor::side).distinct().sorted().collect(Collectors.joining("|"));
            // mentions whose sides overlap a known event by two sides are the same agreement
            String existing = byParties.keySet().stream()
                    .filter(k -> overlap(k, key) >= 2)
                    .findFirst()
                    .orElse(key);
            byParties.computeIfAbsent(existing, k -> new ArrayList<>()).add(m);
        }
        Map<String, AgreementEvent> events = new LinkedHashMap<>();
        for (Map.Entry<String, List<Mention>> e : byParties.entrySet()) {
            AgreementEvent event = event(article, e.getValue(), matches);
            // two groups of mentions that come down to the same actors are one event
            events.putIfAbsent(event.id(), event);
        }
        return List.copyOf(events.values());
    }

    private static long overlap(String a, String b) {
        Set<String> x = Set.of(a.split("\\|"));
        return java.util.Arrays.stream(b.split("\\|"))
                .distinct()
                .filter(x::contains)
                .count();
    }

    private AgreementEvent event(NormalizedArticle article, List<Mention> mentions, List<Match> matches) {
        String body = article.body();
        Mention lead = mentions.stream()
                .max(Comparator.comparingDouble(m -> m.trigger().strength()))
                .orElseThrow();
        // the furthest stage any sentence states outright; a bare mention ("the agreement") states none
        // the enum's order is the guidelines' "furthest stage"
        String status = mentions.stream()
                .filter(m -> m.trigger().explicit())
                .map(m -> m.trigger().status())
                .max(Comparator.naturalOrder())
                .orElse(lead.trigger().status())
                .wire();
        List<Party> parties = lead.parties().stream().map(Actor::toParty).toList();
        String leadText =
                body.substring(lead.sentence().getStart(), lead.sentence().getEnd());
        String allText = mentions.stream()
                .map(m -> body.substring(m.sentence().getStart(), m.sentence().getEnd()))
                .collect(Collectors.joining(" "));

        String subject = null;
        List<String> topics = new ArrayList<>();
        Speaker speaker = null;
        Optional<TimeResolver.Resolved> when = Optional.empty();
        LocalDate reference = referenceDate(article);
        for (Mention m : mentions) {
            String text = body.substring(m.sentence().getStart(), m.sentence().getEnd());
            if (subject == null) {
                subject = AgreementRules.subject(m.tokens(), m.trigger().token());
            }
            for (String t : AgreementRules.topics(text, m.tokens())) {
                if (!topics.contains(t)) {
                    topics.add(t);
                }
            }
            if (speaker == null) {
                speaker = Attribution.speaker(text);
            }
            if (when.isEmpty()) {
                when = TimeResolver.resolve(text, reference);
            }
        }
        if (when.isEmpty()
                && reference != null
                && article.dateline() != null
                && article.dateline().date() != null
                && mentions.stream().anyMatch(m -> m.index() == 0)) {
            // wire copy's lead reports the dateline day's news: "BRUSSELS, June 18 - Sandvik and Diamant Boart have
            // finalised …"
            when = Optional.of(TimeResolver.dateline(article.dateline(), reference));
        }
        Coding.Code code = coding.code(status, allText + " " + String.join(" ", topics));
        List<Evidence> evidence = mentions.stream()
                .map(m -> new Evidence(
                        body.substring(m.sentence().getStart(), m.sentence().getEnd()),
                        m.sentence().getStart(),
                        m.sentence().getEnd()))
                .distinct()
                .toList();
        String actors = parties.stream().map(Party::actor).distinct().sorted().collect(Collectors.joining("|"));
        String id = "evt_" + Hashes.sha256(article.id() + "|" + actors).substring(0, 20);
        return new AgreementEvent(
                AgreementEvent.SCHEMA,
                id,
                AgreementEvent.TYPE,
                status,
                code.plover(),
                code.cameo(),
                parties,
                subject,
                topics,
                when.map(TimeResolver.Resolved::date).orElse(null),
                when.map(TimeResolver.Resolved::text).orElse(null),
                when.map(TimeResolver.Resolved::precision).orElse(null),
                location(article, leadText, matches),
                speaker,
                new ArticleRef(article.id(), article.url(), article.title(), article.source(), article.published()),
                evidence,
                confidence(mentions, lead),
                null,
                VERSION);
    }

    private static LocalDate referenceDate(NormalizedArticle a) {
        String d = a.dateline() != null && a.dateline().date() != null
                ? a.dateline().date()
                : a.published();
        try {
            return d == null ? null : LocalDate.parse(d);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Where: a place named in the event sentence, else the dateline; the country from the gazetteer. */
    private Location location(NormalizedArticle article, String sentence, List<Match> matches) {
        String name = null;
        Matcher m = IN_PLACE.matcher(sentence);
        while (m.find() && name == null) {
            Optional<Gazetteer.Entry> e = gazetteer.lookup(m.group(1));
            if (e.isPresent() && (e.get().isPlace() || e.get().kind().equals("government"))) {
                name = m.group(1);
            }
        }
        if (name == null && article.dateline() != null && article.dateline().place() != null) {
            name = titleCase(article.dateline().place());
        }
        if (name == null) {
            return null;
        }
        // a seat of an international body ("Brussels") still lies in a country; only ISO codes name one
        String country = gazetteer
                .lookup(name)
                .map(Gazetteer.Entry::country)
                .filter(c -> c.length() == 3)
                .orElse(null);
        String body = article.body();
        Matcher r = REGION.matcher(body);
        String region = r.find() ? r.group() : null;
        if (country == null) {
            // a place unknown to the gazetteer lies in the country of the places the article names
            country = matches.stream()
                    .filter(x -> x.entry().isPlace() || x.entry().kind().equals("government"))
                    .map(x -> x.entry().country())
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }
        return new Location(name, country, region);
    }

    private static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "")
                        .append(Character.toUpperCase(w.charAt(0)))
                        .append(w.substring(1));
            }
        }
        return sb.toString();
    }

    /** Confidence: the gate's probability for the surest sentence reporting the event. */
    private static double confidence(List<Mention> mentions, Mention lead) {
        double c = mentions.stream().mapToDouble(Mention::probability).max().orElse(lead.probability());
        return Math.round(Math.max(0.01, Math.min(0.99, c)) * 100) / 100.0;
    }
}
