package io.accord.extraction;

import io.accord.extraction.Gazetteer.Entry;
import io.accord.extraction.Gazetteer.Match;
import io.accord.extraction.LanguagePipeline.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a name chunk into actors: a country, ministry, force, company, organisation or person, with the country its
 * modifiers give it ("Azerbaijan's Ministry of Defense Industry", "Russian state arms exporter Rosoboronexport"); adds
 * what the chunker misses (gazetteer names, "the government", "its creditors"). Unknown organisations keep no country.
 */
final class NameResolver {

    private final Gazetteer gazetteer;

    NameResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static final Set<String> GOV_HEADS = ActorFinder.words(
            "ministry",
            "government",
            "cabinet",
            "parliament",
            "administration",
            "department",
            "agency",
            "authority",
            "authorities",
            "council",
            "commission",
            "office",
            "presidency",
            "senate",
            "congress",
            "assembly",
            "committee",
            "service",
            "bureau",
            "embassy",
            "state",
            "regime",
            "court",
            "officials",
            "lawmakers",
            "leaders",
            "delegation",
            "side");
    static final Set<String> MIL_HEADS = ActorFinder.words(
            "army",
            "navy",
            "forces",
            "force",
            "military",
            "guard",
            "command",
            "troops",
            "militia",
            "brigade",
            "battalion",
            "corps",
            "fleet");
    static final Set<String> BUS_HEADS = ActorFinder.words(
            "inc",
            "inc.",
            "corp",
            "corp.",
            "corporation",
            "company",
            "co",
            "co.",
            "ltd",
            "ltd.",
            "llc",
            "plc",
            "group",
            "holding",
            "holdings",
            "bank",
            "airlines",
            "airways",
            "motors",
            "industries",
            "technologies",
            "systems",
            "energy",
            "petroleum",
            "oil",
            "gas",
            "telecom",
            "pharmaceuticals",
            "international",
            "partners",
            "capital",
            "ventures",
            "enterprises",
            "concern",
            "exporter",
            "conglomerate",
            "firm",
            "ag",
            "sa",
            "gmbh",
            "n.v.",
            "s.a.",
            "labs",
            "media",
            "electric",
            "steel",
            "mining",
            "shipping",
            "logistics",
            "entertainment",
            "studios",
            "pictures",
            "networks",
            "communications",
            "solutions",
            "foods",
            "brands",
            "motor",
            "automotive",
            "aerospace",
            "defense",
            "fund",
            "exchange",
            "securities",
            "insurance",
            "pharma",
            "therapeutics",
            "biotech",
            "inc.,");
    static final Set<String> ORG_HEADS = ActorFinder.words(
            "union",
            "organization",
            "organisation",
            "association",
            "federation",
            "alliance",
            "league",
            "party",
            "movement",
            "front",
            "coalition",
            "foundation",
            "institute",
            "university",
            "club",
            "society",
            "church",
            "committee",
            "network",
            "center",
            "centre");
    static final Set<String> TITLES = ActorFinder.words(
            "president",
            "minister",
            "prime",
            "premier",
            "secretary",
            "chancellor",
            "king",
            "queen",
            "prince",
            "sheikh",
            "emir",
            "director",
            "general",
            "chairman",
            "chairwoman",
            "ceo",
            "chief",
            "head",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "ambassador",
            "envoy",
            "governor",
            "mayor",
            "deputy",
            "vice",
            "senator",
            "representative",
            "rep.",
            "sen.",
            "gov.",
            "gen.",
            "col.",
            "adm.",
            "lt.",
            "commander",
            "foreign",
            "defense",
            "defence",
            "finance",
            "trade",
            "economy",
            "interior",
            "state",
            "official",
            "officials",
            "leader",
            "founder",
            "executive",
            "officer",
            "mr.",
            "mrs.",
            "ms.",
            "dr.",
            "lord",
            "sir",
            "judge",
            "justice",
            "attorney",
            "first",
            "lady",
            "former",
            "acting",
            "senior",
            "top");
    static final Set<String> PLACE_HEADS = ActorFinder.words(
            "region",
            "oblast",
            "province",
            "city",
            "island",
            "islands",
            "park",
            "base",
            "airport",
            "port",
            "street",
            "square",
            "hotel",
            "palace",
            "hall",
            "river",
            "valley",
            "mountains",
            "sea",
            "ocean",
            "gulf",
            "strait",
            "peninsula",
            "district",
            "county",
            "krai",
            "governorate",
            "prefecture",
            "territory",
            "forum",
            "summit",
            "conference",
            "exhibition",
            "games",
            "cup",
            "olympics",
            "championship",
            "festival",
            "week",
            "day",
            "year",
            "month",
            "war",
            "wars",
            "crisis",
            "revolution",
            "agreement",
            "accord",
            "accords",
            "treaty",
            "deal",
            "pact",
            "act",
            "plan",
            "program",
            "programme",
            "initiative",
            "convention",
            "protocol",
            "award",
            "prize",
            "index",
            "exchange",
            "stock",
            "avenue",
            "road",
            "building",
            "tower",
            "stadium",
            "bridge",
            "canal",
            "dam",
            "border",
            "coast",
            "desert",
            "lake",
            "mount",
            "bay",
            "capitol",
            "hill",
            "conventions",
            "ii",
            "iii",
            "iv",
            "trophy",
            "series",
            "tournament",
            "field",
            "park",
            "arena",
            "plaza",
            "mall");
    static final Set<String> AGREEMENT_WORDS = ActorFinder.words(
            "memorandum",
            "agreement",
            "agreements",
            "treaty",
            "accord",
            "accords",
            "pact",
            "deal",
            "protocol",
            "cessation",
            "ceasefire",
            "truce",
            "armistice",
            "mou");

    List<Actor> resolve(String text, Tokens t, int from, int to, List<Match> matches) {
        return resolve(text, t, from, to, matches, false);
    }

    /** As above; {@code knownName}: the chunker already knows the lone word opening the sentence is a name. */
    List<Actor> resolve(String text, Tokens t, int from, int to, List<Match> matches, boolean knownName) {
        List<Actor> out = new ArrayList<>();
        int start = t.starts()[from];
        int end = t.ends()[to - 1];
        // split "Azerbaijan's Ministry of …" into the possessor and the thing possessed
        for (int k = from; k < to - 1; k++) {
            String w = t.words()[k];
            if (w.endsWith("'s") || w.endsWith("’s")) {
                Actor owner = resolve(text, t, from, k + 1, matches).stream()
                        .findFirst()
                        .orElse(null);
                List<Actor> owned = resolve(text, t, k + 1, to, matches);
                if (owner != null
                        && owned.size() == 1
                        && owned.get(0).country() == null
                        && owner.country() != null
                        && isInstitution(owned.get(0).name())) {
                    Actor o = owned.get(0);
                    out.add(new Actor(owner.start(), o.end(), o.name(), owner.country(), o.sector(), o.kind(), true));
                    return out;
                }
                if (owner != null) {
                    out.add(owner);
                }
                out.addAll(owned);
                return out;
            }
        }
        String name = stripPossessive(text.substring(start, end));
        int nameEnd = start + name.length();
        List<Match> inside = within(matches, start, nameEnd);
        Match exact = inside.stream()
                .filter(m -> m.start() == start && m.end() == nameEnd)
                .findFirst()
                .orElse(null);
        if (exact != null) {
            Entry e = exact.entry();
            if (e.isPlace() || e.kind().equals("government") && locative(t, from)) {
                return out;
            }
            // the party is named as the article names it; the country code carries the canonical identity
            out.add(new Actor(
                    start, nameEnd, name, e.country(), e.sector().isEmpty() ? "GOV" : e.sector(), e.kind(), true));
            return out;
        }
        String[] words = name.split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (PLACE_HEADS.contains(last) || isJustAPlace(name, inside) || namesAnAgreement(words)) {
            return out;
        }
        Match country = inside.stream()
                .filter(m -> m.entry().isCountry() || m.entry().kind().equals("government"))
                .findFirst()
                .orElse(null);
        Match known =
                inside.stream().filter(m -> !m.entry().isPlace()).findFirst().orElse(null);
        int titleEnd = lastTitle(words);
        // "General Signal Corp": a legal form after the name makes it a company, whatever title it starts with
        boolean company = to < t.size() && ActorKeys.isLegalForm(t.words()[to]);
        if (titleEnd >= 0
                && titleEnd < words.length - 1
                && !isInstitution(name)
                && !company
                && (known == null
                        || known.entry().kind().equals("person")
                        || known.entry().isCountry())) {
            // "Russian Foreign Minister Sergei Lavrov": the person, from the country of the title
            String person = String.join(" ", java.util.Arrays.copyOfRange(words, titleEnd + 1, words.length));
            Entry p = gazetteer.lookup(person).orElse(null);
            String c = p != null && !p.isPlace()
                    ? p.country()
                    : country != null ? country.entry().country() : null;
            // the actor spans its title too, so the title's demonym is not taken for a second side
            out.add(new Actor(
                    start, nameEnd, person, c, p != null ? p.sector() : "GOV", "person", p != null || c != null));
            return out;
        }
        if (titleEnd == words.length - 1) {
            // a bare title ("Prime Minister", "Russian President") stands for its country's government
            if (country != null) {
                out.add(new Actor(start, nameEnd, name, country.entry().country(), "GOV", "government", true));
            }
            return out;
        }
        String kind;
        String sector;
        if (GOV_HEADS.contains(last) || words[0].equalsIgnoreCase("ministry")) {
            kind = "government";
            sector = "GOV";
        } else if (MIL_HEADS.contains(last)) {
            kind = "military";
            sector = "MIL";
        } else if (BUS_HEADS.contains(last)) {
            kind = "company";
            sector = "BUS";
        } else if (ORG_HEADS.contains(last)) {
            kind = "organization";
            sector = last.equals("party") ? "PTY" : "NGO";
        } else if (known != null && known.entry().kind().equals("company")) {
            kind = "company";
            sector = "BUS";
        } else if (words.length >= 2
                && words.length <= 3
                && country == null
                && allProper(name)
                && gazetteer.isGivenName(words[0])) {
            kind = "person";
            sector = null;
        } else {
            kind = "organization";
            sector = null;
        }
        if (words.length == 1 && known == null && (name.replace(".", "").length() < 2 || name.endsWith("."))) {
            return out;
        }
        // a lone capitalised word opening a sentence or a clause is usually an ordinary word; mid-sentence, a name
        if (words.length == 1
                && known == null
                && !knownName
                && !t.tags()[from].equals("PROPN")
                && !NameChunker.saysIt(t, from)
                && (from == 0 || t.tags()[from - 1].equals("PUNCT") && !t.words()[from - 1].equals(","))) {
            return out;
        }
        String c = known != null ? known.entry().country() : null;
        out.add(new Actor(start, nameEnd, name, c, sector, kind, known != null));
        return out;
    }

    /** The matches inside [start, end): a binary search, as an article can hold tens of thousands of matches. */
    static List<Match> within(List<Match> matches, int start, int end) {
        int lo = 0;
        int hi = matches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Match> out = new ArrayList<>();
        for (int i = lo; i < matches.size() && matches.get(i).start() < end; i++) {
            if (matches.get(i).end() <= end) {
                out.add(matches.get(i));
            }
        }
        return out;
    }

    /** "Moscow", "Moscow Region": a place, not an actor — but "Boston Celtics" is a team. */
    static boolean isJustAPlace(String name, List<Match> inside) {
        for (Match m : inside) {
            if (m.entry().isPlace() && m.entry().surface().length() >= name.length() - 1) {
                return true;
            }
        }
        return false;
    }

    /** "Memorandum of Understanding", "Cessation of Hostilities Agreement": the thing agreed, not a side. */
    static boolean namesAnAgreement(String[] words) {
        for (String w : words) {
            if (AGREEMENT_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "in Brussels", "at Moscow": a capital after a place preposition is where, not who. */
    static boolean locative(Tokens t, int i) {
        if (i == 0) {
            return false;
        }
        String prev = t.words()[i - 1].toLowerCase(Locale.ROOT);
        return prev.equals("in")
                || prev.equals("at")
                || prev.equals("near")
                || prev.equals("outside")
                || prev.equals("from")
                || prev.equals("to")
                || prev.equals("into")
                || prev.equals("across");
    }

    static boolean allProper(String name) {
        return !name.contains(" of ") && !name.contains(" for ");
    }

    static boolean isInstitution(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String w : lower.split("\\s+")) {
            if (GOV_HEADS.contains(w) || MIL_HEADS.contains(w) || BUS_HEADS.contains(w) || ORG_HEADS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static int lastTitle(String[] words) {
        int last = -1;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (TITLES.contains(w)) {
                last = i;
            } else if (last >= 0 && (w.equals("of") || w.equals("for"))) {
                // "Minister of Defense Industry Yahya Musaev": the portfolio belongs to the title
                int k = i + 1;
                while (k < words.length && !looksLikeGivenName(words, k)) {
                    k++;
                }
                last = k - 1;
                i = k - 1;
            }
        }
        return last;
    }

    static boolean looksLikeGivenName(String[] words, int k) {
        // the last two capitalised words after a portfolio are the person's name
        return k >= words.length - 2;
    }

    /** Lower-case words that may describe a side ("local", "creditor"), never a preposition or determiner. */
    private static final String MODIFIERS =
            "(?:(?!(?:with|to|from|of|for|and|or|its|their|the|in|on|at|by|as|directly|all|other)\\b)[a-z-]+\\s+)";

    /** Sides news names by role: "the government", "the union", "the rebels" (kept as unnamed parties). */
    static final Pattern GENERIC = Pattern.compile(
            "\\b(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+((?:(?!(?:with|to|from|of|for|and|or|until|in|on|at|by|as)\\b)[\\w'’-]+\\s+){0,2}?(?:government|administration|union|unions|city|state|regulators|opposition|rebels|authorities|military|army|council|court|legislature|parliament|"
                    // creditors are the other side of a loan or rescheduling agreement
                    + "banks|creditors|lenders|(?:steering|advisory) committee|workers))\\b"
                    + "|\\b[Aa]\\s+((?:syndicate|group|consortium) of (?:[\\w-]+\\s+){0,3}?(?:banks|lenders|investors|companies))\\b"
                    // "two local bankers", "15 foreign firms", "an investment group": sides counted or described, not
                    // named
                    // ("the two companies" are the ones already named: the neighbouring sentences give them)
                    + "|(?<!(?:[Tt]he|[Tt]hese|[Bb]oth|[Ii]ts|[Tt]heir)\\s)\\b((?:[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal)\\s+"
                    + MODIFIERS + "{0,3}?"
                    + "(?:banks|bankers|creditors|lenders|investors|(?:investor|investment|buyer|management) group|employees|unions|firms|companies|bondholders|shareholders|producers|consumers|workers|miners)"
                    // a count of staff is the size of a workforce ("its 800 employees"); a count of lenders or firms is
                    // a side
                    + "|(?<!(?:[Tt]he|[Tt]hese|[Ii]ts|[Tt]heir)\\s)(?:about\\s+)?\\d+\\s+" + MODIFIERS
                    + "{0,3}?(?:banks|creditors|lenders|investors|firms|companies|bondholders|producers|consumers))\\b"
                    // "talks with foreign banks", "sold to employees"
                    + "|\\b(?:with|to|from)\\s+(" + MODIFIERS
                    + "{0,2}?(?:banks|bankers|creditors|lenders|bondholders|shareholders|investors|unions|employees|workers))\\b"
                    // "a union representing 5,200 flight attendants": a union described by whom it speaks for
                    + "|\\b([Aa]\\s+union\\s+(?:representing|for)\\s+(?:[\\w,.-]+\\s+){0,3}?(?:workers|employees|staff|attendants|pilots|mechanics|miners|drivers|nurses|teachers|members|crews?))\\b");

    static void addGenericSides(String text, Tokens t, List<Actor> out) {
        int from = t.starts()[0];
        String sentence = text.substring(from, t.ends()[t.size() - 1]);
        Matcher m = GENERIC.matcher(sentence);
        while (m.find()) {
            int group = 1;
            while (m.group(group) == null) {
                group++;
            }
            int start = from + m.start(group);
            int end = from + m.end(group);
            if (out.stream().noneMatch(a -> a.start() < end && start < a.end())) {
                String head = m.group(group).toLowerCase(Locale.ROOT);
                String kind = head.endsWith("military") || head.endsWith("army")
                        ? "military"
                        : group > 2
                                        || head.matches(
                                                ".*\\b(?:rebels|opposition|unions?|banks|creditors|lenders|committee|workers|investors|companies)$")
                                ? "organization"
                                : "government";
                String name = group == 1 ? "the " + head : group == 2 ? "a " + head : m.group(group);
                out.add(new Actor(
                        start,
                        end,
                        name,
                        null,
                        kind.equals("military") ? "MIL" : kind.equals("government") ? "GOV" : null,
                        kind,
                        false));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Actor::start));
    }

    /** Known names the chunker missed or cut short ("the Obama administration", "Kiev"): the gazetteer knows them. */
    static void addGazetteerMatches(String text, Tokens t, List<Match> matches, List<Actor> out) {
        int from = t.starts()[0];
        int to = t.ends()[t.size() - 1];
        for (Match m : within(matches, from, to)) {
            if (m.entry().isPlace()
                    || m.entry().kind().equals("government") && locative(t, Math.max(0, t.at(m.start())))) {
                continue;
            }
            List<Actor> overlapping = out.stream()
                    .filter(a -> a.start() < m.end() && m.start() < a.end())
                    .toList();
            boolean extends_ = !overlapping.isEmpty()
                    && overlapping.stream()
                            .allMatch(a -> a.start() >= m.start()
                                    && a.end() <= m.end()
                                    && (a.end() - a.start()) < (m.end() - m.start())
                                    && !a.known());
            if (overlapping.isEmpty() || extends_) {
                out.removeAll(overlapping);
                Gazetteer.Entry e = m.entry();
                out.add(new Actor(
                        m.start(),
                        m.end(),
                        text.substring(m.start(), m.end()),
                        e.country(),
                        e.sector().isEmpty() ? "GOV" : e.sector(),
                        e.kind(),
                        true));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Actor::start));
    }

    /** "Russian state arms exporter Rosoboronexport": the demonym gives the company its country. */
    void attachDemonyms(String text, Tokens t, List<Actor> actors) {
        for (int a = 0; a < actors.size() - 1; a++) {
            Actor mod = actors.get(a);
            Actor head = actors.get(a + 1);
            if (!mod.kind().equals("country")
                    || head.kind().equals("country")
                    || head.kind().equals("person")
                    || head.kind().equals("government")) {
                continue;
            }
            int first = t.at(mod.start());
            int last = t.at(head.start());
            // an adjective, then only nouns and adjectives: "Russian state arms exporter"; never "Ethiopia in Nairobi"
            boolean modifier = first >= 0 && last > first && t.tags()[first].equals("ADJ") && last - first <= 5;
            for (int k = first + 1; modifier && k < last; k++) {
                String tag = t.tags()[k];
                modifier = (tag.equals("NOUN") || tag.equals("ADJ")) && Character.isLowerCase(t.words()[k].charAt(0));
            }
            if (modifier) {
                actors.set(
                        a + 1,
                        new Actor(
                                head.start(),
                                head.end(),
                                head.name(),
                                head.country() != null ? head.country() : mod.country(),
                                head.sector(),
                                head.kind(),
                                true));
                actors.remove(a);
                a--;
            }
        }
    }

    static String stripPossessive(String s) {
        return NameChunker.POSSESSIVE.matcher(s).matches()
                ? NameChunker.POSSESSIVE.matcher(s).replaceFirst("$1")
                : s;
    }
}
