package io.accord.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.accord.extraction.Gazetteer.Entry;
import io.accord.extraction.Gazetteer.Match;
import io.accord.extraction.LanguagePipeline.Tokens;

/**
 * Finds the actors of one sentence: gazetteer names, and capitalised name chunks (organisations, ministries,
 * companies, people) resolved to a country from their modifiers ("Azerbaijan's Ministry of Defense Industry",
 * "Russian state arms exporter Rosoboronexport"). Unknown organisations are kept with no country.
 */
final class ActorFinder {

    static final Set<String> GOV_HEADS = words("ministry", "government", "cabinet", "parliament", "administration",
            "department", "agency", "authority", "authorities", "council", "commission", "office", "presidency",
            "senate", "congress", "assembly", "committee", "service", "bureau", "embassy", "state", "regime", "court",
            "officials", "lawmakers", "leaders", "delegation", "side");
    static final Set<String> MIL_HEADS = words("army", "navy", "forces", "force", "military", "guard", "command",
            "troops", "militia", "brigade", "battalion", "corps", "fleet");
    static final Set<String> BUS_HEADS = words("inc", "inc.", "corp", "corp.", "corporation", "company", "co",
            "co.", "ltd", "ltd.", "llc", "plc", "group", "holding", "holdings", "bank", "airlines", "airways",
            "motors", "industries", "technologies", "systems", "energy", "petroleum", "oil", "gas", "telecom",
            "pharmaceuticals", "international", "partners", "capital", "ventures", "enterprises", "concern",
            "exporter", "conglomerate", "firm", "ag", "sa", "gmbh", "n.v.", "s.a.", "labs", "media", "electric",
            "steel", "mining", "shipping", "logistics", "entertainment", "studios", "pictures", "networks",
            "communications", "solutions", "foods", "brands", "motor", "automotive", "aerospace", "defense",
            "fund", "exchange", "securities", "insurance", "pharma", "therapeutics", "biotech", "inc.,");
    static final Set<String> ORG_HEADS = words("union", "organization", "organisation", "association", "federation",
            "alliance", "league", "party", "movement", "front", "coalition", "foundation", "institute", "university",
            "club", "society", "church", "committee", "network", "center", "centre");
    static final Set<String> TITLES = words("president", "minister", "prime", "premier", "secretary", "chancellor",
            "king", "queen", "prince", "sheikh", "emir", "director", "general", "chairman", "chairwoman", "ceo",
            "chief", "head", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "mayor",
            "deputy", "vice", "senator", "representative", "rep.", "sen.", "gov.", "gen.", "col.", "adm.", "lt.",
            "commander", "foreign", "defense", "defence", "finance", "trade", "economy", "interior", "state",
            "official", "officials", "leader", "founder", "executive", "officer", "mr.", "mrs.", "ms.", "dr.", "lord",
            "sir", "judge", "justice", "attorney", "first", "lady", "former", "acting", "senior", "top");
    /** News agencies and outlets report agreements; they are not parties to them. */
    static final Set<String> MEDIA = words("reuters", "ap", "afp", "sputnik", "tass", "ria novosti", "xinhua",
            "bloomberg", "cnn", "bbc", "al jazeera", "associated press", "agence france-presse", "interfax",
            "anadolu", "irna", "yonhap", "kyodo", "dpa", "efe", "ansa", "upi", "rt", "fox news", "nbc", "abc", "cbs",
            "the new york times", "new york times", "washington post", "the guardian", "wall street journal",
            "financial times", "urdupoint", "wam", "spa", "kuna", "mena", "pti", "ani", "bernama", "antara", "itar-tass",
            "rossiya segodnya", "trend", "apa", "azertac", "sana", "isna", "fars", "tasnim", "mehr", "press tv");
    private static final Set<String> NOT_NAMES = words("the", "a", "an", "this", "that", "these", "those", "but",
            "and", "or", "in", "on", "at", "for", "with", "by", "from", "to", "of", "as", "after", "before", "under",
            "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "there",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "minister", "prime", "today",
            "yesterday", "tomorrow", "however", "meanwhile", "also", "still", "when", "while", "if", "although",
            "following", "according", "last", "next", "earlier", "later", "both", "each", "all", "some", "other",
            "new", "such", "many", "more", "most", "no", "not", "so", "then", "now", "here", "what", "which", "who");
    private static final Set<String> PLACE_HEADS = words("region", "oblast", "province", "city", "island",
            "islands", "park", "base", "airport", "port", "street", "square", "hotel", "palace", "hall", "river",
            "valley", "mountains", "sea", "ocean", "gulf", "strait", "peninsula", "district", "county", "krai",
            "governorate", "prefecture", "territory", "forum", "summit", "conference", "exhibition", "games",
            "cup", "olympics", "championship", "festival", "week", "day", "year", "month", "war", "wars", "crisis",
            "revolution", "agreement", "accord", "accords", "treaty", "deal", "pact", "act", "plan", "program",
            "programme", "initiative", "convention", "protocol", "award", "prize", "index", "exchange", "stock",
            "avenue", "road", "building", "tower", "stadium", "bridge", "canal",
            "dam", "border", "coast", "desert", "lake", "mount", "bay", "capitol", "hill", "conventions", "ii", "iii",
            "iv", "trophy", "series", "tournament", "field", "park", "arena", "plaza", "mall");
    /** Lower-case heads that complete a name before them ("the Obama administration", "Iraqi government"). */
    private static final Set<String> LOWER_HEADS = words("administration", "government", "ministry", "army",
            "navy", "military", "forces", "regime", "authorities", "officials", "parliament", "cabinet", "lawmakers",
            "rebels", "militants", "leaders", "delegation", "side");
    private static final Set<String> AGREEMENT_WORDS = words("memorandum", "agreement", "agreements", "treaty",
            "accord", "accords", "pact", "deal", "protocol", "cessation", "ceasefire", "truce", "armistice", "mou");
    /** Words capitalised for emphasis or position that name no one. */
    private static final Set<String> COMMON_CAPITALISED = words("sources", "source", "staff", "officials", "analysts",
            "investors", "shares", "stocks", "reason", "no", "update", "updated", "breaking", "exclusive", "photo",
            "video", "read", "more", "related", "editor", "editors", "note", "reporting", "writing", "editing",
            "advertisement", "click", "share", "comments", "subscribe", "copyright", "inc", "corp", "co", "ltd",
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "am", "pm", "ceo", "cfo", "coo", "cto");
    private static final Set<String> JOINERS = words("of", "for", "de", "&", "and", "on", "the");
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)(.+?)(['’]s|['’])$");

    private final Gazetteer gazetteer;

    /** A word list; repeats are harmless. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    ActorFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Actors of a tagged sentence; {@code matches} are the gazetteer matches of the whole text. */
    List<Actor> find(String text, Tokens t, List<Match> matches) {
        List<Actor> out = new ArrayList<>();
        // a headline in title case capitalises every word: there only the gazetteer can tell names
        int i = headline(t) ? t.size() : 0;
        while (i < t.size()) {
            if (!isNameToken(t, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size()) {
                if (isNameToken(t, j) && !startsNewName(t, j)) {
                    j++;
                } else if (j + 1 < t.size() && JOINERS.contains(t.words()[j].toLowerCase(Locale.ROOT))
                        && isNameToken(t, j + 1) && joinable(t, i, j)) {
                    j += 2;
                } else {
                    break;
                }
            }
            while (j < t.size() && LOWER_HEADS.contains(t.words()[j]) && j - i <= 3) {
                j++;
            }
            if (bracketed(t, i)) {
                i = j;
                continue;
            }
            List<Actor> resolved = resolve(text, t, i, j, matches);
            // "Azerbaijan 's Ministry of …" when the tokenizer splits the possessive
            int ownedStart = t.words()[j - 1].endsWith("'s") || t.words()[j - 1].endsWith("’s") ? j
                    : j + 1 < t.size() && isPossessiveMark(t.words()[j]) ? j + 1 : -1;
            if (resolved.size() == 1 && ownedStart > 0 && ownedStart < t.size() && isNameToken(t, ownedStart)) {
                int k = ownedStart;
                while (k < t.size() && (isNameToken(t, k) && (k == ownedStart || !startsNewName(t, k)) || k + 1 < t.size()
                        && JOINERS.contains(t.words()[k].toLowerCase(Locale.ROOT)) && isNameToken(t, k + 1) && joinable(t, ownedStart, k))) {
                    k += isNameToken(t, k) ? 1 : 2;
                }
                List<Actor> owned = resolve(text, t, ownedStart, k, matches);
                Actor owner = resolved.get(0);
                if (owned.size() == 1 && owned.get(0).country() == null && owner.country() != null && isInstitution(owned.get(0).name())) {
                    Actor o = owned.get(0);
                    out.add(new Actor(owner.start(), o.end(), o.name(), owner.country(), o.sector(), o.kind(), true));
                    i = k;
                    continue;
                }
            }
            out.addAll(resolved);
            i = j;
        }
        addGazetteerMatches(text, t, matches, out);
        addGenericSides(text, t, out);
        attachDemonyms(text, t, out);
        out.removeIf(a -> isMedia(a.name()));
        dropSourcesAndAliases(text, out);
        dropAffiliated(text, out);
        return out;
    }

    static boolean headline(Tokens t) {
        int words = 0;
        int capitalised = 0;
        for (String w : t.words()) {
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalised >= words * 0.8;
    }

    /** "Reuters", and an outlet's desks and programmes: "BBC Sport", "BBC News Online", "CNN International". */
    static boolean isMedia(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (MEDIA.contains(lower)) {
            return true;
        }
        int space = lower.indexOf(' ');
        return space > 0 && MEDIA.contains(lower.substring(0, space)) && MEDIA_DESKS.matcher(lower.substring(space + 1)).matches();
    }

    private static final Pattern MEDIA_DESKS = Pattern.compile("(?:sport|news|news online|online|radio(?: \\w+)?|world(?: service)?|one|two|three|four|international|business|politics|breakfast|television|tv)");

    private static boolean isPossessiveMark(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    /** "[Alexander Mikheev]": an editor's insertion, not a mention in the reporter's sentence. */
    private static boolean bracketed(Tokens t, int i) {
        return i > 0 && t.words()[i - 1].equals("[");
    }

    private boolean isNameToken(Tokens t, int i) {
        String w = t.words()[i];
        if (w.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        if (i == 0 && NOT_NAMES.contains(lower) && !lower.equals("new") || lower.equals("i") || COMMON_CAPITALISED.contains(bare)
                || isWeekdayOrMonth(bare)) {
            return false;
        }
        // "New York", "New Zealand", "New Line Cinema": a capitalised "New" before a name begins it
        if (lower.equals("new") && i + 1 < t.size() && Character.isUpperCase(t.words()[i + 1].codePointAt(0))) {
            return true;
        }
        String tag = t.tags()[i];
        // sentence-initial capitals are names when tagged so, known, or continued by another capitalised word
        if (i == 0 && !tag.equals("PROPN")) {
            return gazetteerStarts(t, i) || t.size() > 1 && !NOT_NAMES.contains(lower) && !tag.equals("VERB")
                    && !tag.equals("ADV") && !tag.equals("PRON") && !tag.equals("DET") && !tag.equals("ADP")
                    && Character.isUpperCase(t.words()[1].codePointAt(0)) && !t.words()[1].equals("I");
        }
        return !NOT_NAMES.contains(lower) || tag.equals("PROPN") && !isWeekdayOrMonth(lower);
    }

    private boolean gazetteerStarts(Tokens t, int i) {
        return gazetteer.lookup(POSSESSIVE.matcher(t.words()[i]).replaceFirst("$1")).isPresent();
    }

    private static boolean isWeekdayOrMonth(String lower) {
        return DateText.MONTHS.containsKey(lower) || lower.endsWith("day") && lower.length() <= 9;
    }

    /** "Azerbaijan's" ends a modifier: what follows is a new name. */
    private static boolean startsNewName(Tokens t, int j) {
        String prev = t.words()[j - 1];
        return prev.endsWith("'s") || prev.endsWith("’s") || prev.equals("'s") || prev.equals("’s");
    }

    private static boolean joinable(Tokens t, int start, int joiner) {
        String j = t.words()[joiner].toLowerCase(Locale.ROOT);
        if (j.equals("and") || j.equals("&")) {
            // "Johnson & Johnson", "Bank of Trade and Industry" join; "Russia and China" do not
            String next = t.words()[joiner + 1].toLowerCase(Locale.ROOT);
            return j.equals("&") || BUS_HEADS.contains(next) || ORG_HEADS.contains(next);
        }
        if (j.equals("the")) {
            return false;
        }
        String head = t.words()[joiner - 1].toLowerCase(Locale.ROOT);
        return GOV_HEADS.contains(head) || MIL_HEADS.contains(head) || BUS_HEADS.contains(head)
                || ORG_HEADS.contains(head) || TITLES.contains(head) || j.equals("of");
    }

    private List<Actor> resolve(String text, Tokens t, int from, int to, List<Match> matches) {
        List<Actor> out = new ArrayList<>();
        int start = t.starts()[from];
        int end = t.ends()[to - 1];
        // split "Azerbaijan's Ministry of …" into the possessor and the thing possessed
        for (int k = from; k < to - 1; k++) {
            String w = t.words()[k];
            if (w.endsWith("'s") || w.endsWith("’s")) {
                Actor owner = resolve(text, t, from, k + 1, matches).stream().findFirst().orElse(null);
                List<Actor> owned = resolve(text, t, k + 1, to, matches);
                if (owner != null && owned.size() == 1 && owned.get(0).country() == null && owner.country() != null
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
        Match exact = inside.stream().filter(m -> m.start() == start && m.end() == nameEnd).findFirst().orElse(null);
        if (exact != null) {
            Entry e = exact.entry();
            if (e.isPlace() || e.kind().equals("government") && locative(t, from)) {
                return out;
            }
            // the party is named as the article names it; the country code carries the canonical identity
            out.add(new Actor(start, nameEnd, name,
                    e.country(), e.sector().isEmpty() ? "GOV" : e.sector(), e.kind(), true));
            return out;
        }
        String[] words = name.split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (PLACE_HEADS.contains(last) || isJustAPlace(name, inside) || namesAnAgreement(words)) {
            return out;
        }
        Match country = inside.stream().filter(m -> m.entry().isCountry() || m.entry().kind().equals("government"))
                .findFirst().orElse(null);
        Match known = inside.stream().filter(m -> !m.entry().isPlace()).findFirst().orElse(null);
        int titleEnd = lastTitle(words);
        if (titleEnd >= 0 && titleEnd < words.length - 1 && !isInstitution(name)
                && (known == null || known.entry().kind().equals("person") || known.entry().isCountry())) {
            // "Russian Foreign Minister Sergei Lavrov": the person, from the country of the title
            String person = String.join(" ", java.util.Arrays.copyOfRange(words, titleEnd + 1, words.length));
            Entry p = gazetteer.lookup(person).orElse(null);
            String c = p != null && !p.isPlace() ? p.country() : country != null ? country.entry().country() : null;
            // the actor spans its title too, so the title's demonym is not taken for a second side
            out.add(new Actor(start, nameEnd, person, c, p != null ? p.sector() : "GOV", "person", p != null || c != null));
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
        } else if (words.length >= 2 && words.length <= 3 && country == null && allProper(name) && gazetteer.isGivenName(words[0])) {
            kind = "person";
            sector = null;
        } else {
            kind = "organization";
            sector = null;
        }
        if (words.length == 1 && known == null && (name.replace(".", "").length() < 2 || name.endsWith(".")
                )) {
            return out;
        }
        // a lone capitalised word opening a sentence or a clause is usually an ordinary word; mid-sentence, a name
        if (words.length == 1 && known == null && !t.tags()[from].equals("PROPN") && (from == 0
                || t.tags()[from - 1].equals("PUNCT") && !t.words()[from - 1].equals(","))) {
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
    private static boolean isJustAPlace(String name, List<Match> inside) {
        for (Match m : inside) {
            if (m.entry().isPlace() && m.entry().surface().length() >= name.length() - 1) {
                return true;
            }
        }
        return false;
    }

    /** "Memorandum of Understanding", "Cessation of Hostilities Agreement": the thing agreed, not a side. */
    private static boolean namesAnAgreement(String[] words) {
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
        return prev.equals("in") || prev.equals("at") || prev.equals("near") || prev.equals("outside")
                || prev.equals("from") || prev.equals("to") || prev.equals("into") || prev.equals("across");
    }

    private static boolean allProper(String name) {
        return !name.contains(" of ") && !name.contains(" for ");
    }

    private static boolean isInstitution(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String w : lower.split("\\s+")) {
            if (GOV_HEADS.contains(w) || MIL_HEADS.contains(w) || BUS_HEADS.contains(w) || ORG_HEADS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int lastTitle(String[] words) {
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

    private static boolean looksLikeGivenName(String[] words, int k) {
        // the last two capitalised words after a portfolio are the person's name
        return k >= words.length - 2;
    }

    private static final Pattern REPORTING = Pattern.compile("^\\s+(?:also\\s+)?(?:said|says|noted|notes|told|added|argued|argues|explained|stated|wrote|writes|believes|thinks|cautioned|warned|predicted)\\b(?!\\s+(?:that\\s+)?(?:he|she|they|it|we)\\b)");
    private static final Pattern ALIAS = Pattern.compile("^\\s*\\(\\s*$");

    /**
     * "Mitchelson noted that …": whoever reports is a source, not a side. "Islamic Salvation Front (FIS)",
     * "Amazon (AMZN)": an acronym or ticker in brackets after a name is that name again.
     */
    private static void dropSourcesAndAliases(String text, List<Actor> out) {
        List<Actor> drop = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            Actor a = out.get(k);
            String after = text.substring(a.end(), Math.min(text.length(), a.end() + 30));
            if (REPORTING.matcher(after).find() && (a.kind().equals("person") || !a.known())) {
                drop.add(a);
            }
            if (k > 0) {
                String between = text.substring(out.get(k - 1).end(), a.start());
                if (ALIAS.matcher(between).matches() && text.startsWith(")", skipSpaces(text, a.end()))) {
                    drop.add(a);
                }
            }
        }
        out.removeAll(drop);
    }

    private static final Pattern AFFILIATION = Pattern.compile("^(?:'s|’s)?\\s+(?:[a-z-]+\\s+){0,2}(?:chief executive|chief|executive|president|chairman|chairwoman|ceo|head|director|spokesman|spokeswoman|spokesperson|minister|secretary|founder|boss|leader|official|envoy|ambassador|negotiator|commander)\\s+$");

    /** "IndiGo chief executive Pieter Elbers": the person speaks for the organisation before; one side, not two. */
    private static void dropAffiliated(String text, List<Actor> out) {
        for (int k = out.size() - 1; k > 0; k--) {
            Actor a = out.get(k);
            if (a.kind().equals("person") && AFFILIATION.matcher(text.substring(out.get(k - 1).end(), a.start())).matches()) {
                out.remove(k);
            }
        }
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Sides news names by role: "the government", "the union", "the rebels" (kept as unnamed parties). */
    private static final Pattern GENERIC = Pattern.compile("\\b(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+((?:[\\w'’-]+\\s+){0,2}?(?:government|administration|union|unions|city|state|regulators|opposition|rebels|authorities|military|army|council|court|legislature|parliament|"
            // creditors are the other side of a loan or rescheduling agreement
            + "banks|creditors|lenders|(?:steering|advisory) committee|workers))\\b"
            + "|\\b[Aa]\\s+((?:syndicate|group|consortium) of (?:[\\w-]+\\s+){0,3}?(?:banks|lenders|investors|companies))\\b");
    /** "The company", "it": the organisation the article is about; resolved by the extractor. */
    static final Pattern COMPANY_ANAPHOR = Pattern.compile("(?i)(?:^|[,;]\\s+|\\b(?:and|but)\\s+)(the\\s+(?:company|firm|group|carrier|automaker|carmaker|planemaker|retailer|airline|bank|lender|insurer|startup|chipmaker|drugmaker|network|studio|utility|giant|manufacturer)|it)\\s+(?:\\w+\\s+){0,3}?(?:has|have|had|will|would|is|was|also|agreed|signed|cut|struck|reached|inked|announced|won|secured|landed|entered|formed|made|got|gets|received|plans|said)\\b");

    private static void addGenericSides(String text, Tokens t, List<Actor> out) {
        int from = t.starts()[0];
        String sentence = text.substring(from, t.ends()[t.size() - 1]);
        Matcher m = GENERIC.matcher(sentence);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            int start = from + m.start(group);
            int end = from + m.end(group);
            if (out.stream().noneMatch(a -> a.start() < end && start < a.end())) {
                String head = m.group(group).toLowerCase(Locale.ROOT);
                String kind = head.endsWith("military") || head.endsWith("army") ? "military"
                        : head.matches(".*\\b(?:rebels|opposition|unions?|banks|creditors|lenders|committee|workers|investors|companies)$") ? "organization" : "government";
                String name = group == 2 ? "a " + head : "the " + head;
                out.add(new Actor(start, end, name, null, kind.equals("military") ? "MIL" : kind.equals("government") ? "GOV" : null, kind, false));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Actor::start));
    }

    /** Known names the chunker missed or cut short ("the Obama administration", "Kiev"): the gazetteer knows them. */
    private static void addGazetteerMatches(String text, Tokens t, List<Match> matches, List<Actor> out) {
        int from = t.starts()[0];
        int to = t.ends()[t.size() - 1];
        for (Match m : within(matches, from, to)) {
            if (m.entry().isPlace()
                    || m.entry().kind().equals("government") && locative(t, Math.max(0, t.at(m.start())))) {
                continue;
            }
            List<Actor> overlapping = out.stream().filter(a -> a.start() < m.end() && m.start() < a.end()).toList();
            boolean extends_ = !overlapping.isEmpty() && overlapping.stream().allMatch(a -> a.start() >= m.start() && a.end() <= m.end()
                    && (a.end() - a.start()) < (m.end() - m.start()) && !a.known());
            if (overlapping.isEmpty() || extends_) {
                out.removeAll(overlapping);
                Gazetteer.Entry e = m.entry();
                out.add(new Actor(m.start(), m.end(), text.substring(m.start(), m.end()), e.country(),
                        e.sector().isEmpty() ? "GOV" : e.sector(), e.kind(), true));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Actor::start));
    }

    /** "Russian state arms exporter Rosoboronexport": the demonym gives the company its country. */
    private void attachDemonyms(String text, Tokens t, List<Actor> actors) {
        for (int a = 0; a < actors.size() - 1; a++) {
            Actor mod = actors.get(a);
            Actor head = actors.get(a + 1);
            if (!mod.kind().equals("country") || head.kind().equals("country") || head.kind().equals("person")
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
                actors.set(a + 1, new Actor(head.start(), head.end(), head.name(),
                        head.country() != null ? head.country() : mod.country(), head.sector(), head.kind(), true));
                actors.remove(a);
                a--;
            }
        }
    }

    private static String stripPossessive(String s) {
        return POSSESSIVE.matcher(s).matches() ? POSSESSIVE.matcher(s).replaceFirst("$1") : s;
    }
}
