package io.accord.extraction;

import io.accord.extraction.LanguagePipeline.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that are in a sentence but are not sides of what it reports: news outlets and their desks, whoever is quoted
 * or reports, bracketed aliases, and the official named after the organisation they speak for.
 */
final class NonSides {

    /** What a demonym may stand before and still be the state: "Azeri officials", "British negotiators". */
    private static final Set<String> STATE_NOUNS = Set.of(
            "officials",
            "official",
            "government",
            "authorities",
            "forces",
            "troops",
            "army",
            "navy",
            "military",
            "delegation",
            "delegations",
            "negotiators",
            "leaders",
            "leader",
            "ministers",
            "minister",
            "diplomats",
            "side",
            "counterparts",
            "president",
            "premier",
            "embassy",
            "regulators",
            "lawmakers",
            "parliament",
            "envoy",
            "envoys",
            "foreign",
            "defence",
            "defense",
            "state",
            "prime",
            "people",
            "counterpart",
            "team");

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "its", "their");
    private static final Set<String> COMPANY_NOUNS = Set.of(
            "company",
            "firm",
            "group",
            "giant",
            "bank",
            "carrier",
            "maker",
            "manufacturer",
            "producer",
            "operator",
            "conglomerate",
            "subsidiary",
            "unit",
            "rival",
            "investor",
            "buyer",
            "consortium",
            "airline",
            "insurer",
            "retailer",
            "brewer",
            "utility",
            "businessman",
            "tycoon",
            "club",
            "partner",
            "supplier",
            "distributor",
            "broker",
            "lender",
            "publisher",
            "broadcaster",
            "chain",
            "concern");

    /**
     * "its German consumer banking subsidiary", "Latin American markets": a demonym before a common noun describes
     * something; it is the state only before the words that act for one ("Azeri officials").
     */
    static void dropAdjectivalDemonyms(Tokens t, List<Actor> out) {
        out.removeIf(a -> {
            int i = t.at(a.start());
            if (i < 0 || !a.kind().equals("country") || t.at(a.end() - 1) != i || i + 1 >= t.size()) {
                return false;
            }
            String next = t.words()[i + 1];
            // "the Venezuelan company", "a US firm": tagged as a name, still a description of a company
            if (t.tags()[i].equals("PROPN")) {
                return i > 0
                        && ARTICLES.contains(t.words()[i - 1].toLowerCase(Locale.ROOT))
                        && COMPANY_NOUNS.contains(next);
            }
            if (!t.tags()[i].equals("ADJ")) {
                return false;
            }
            return Character.isLowerCase(next.codePointAt(0))
                    && (t.tags()[i + 1].equals("NOUN") || t.tags()[i + 1].equals("ADJ"))
                    && !STATE_NOUNS.contains(next.toLowerCase(Locale.ROOT));
        });
    }

    /** Things a name may stand before to say where they are: "the Himrin field", "Rover's Longbridge plant". */
    private static final Set<String> FACILITIES = Set.of(
            "field",
            "fields",
            "oilfield",
            "plant",
            "plants",
            "factory",
            "factories",
            "mine",
            "mines",
            "smelter",
            "refinery",
            "mill",
            "works",
            "stadium",
            "ground",
            "site",
            "terminal",
            "shipyard",
            "airport",
            "port",
            "pipeline",
            "complex",
            "facility",
            "campus",
            "store",
            "stores",
            "branch",
            "hotel",
            "casino");

    /**
     * "the Himrin field", "its Westfalen stadium": a name before a facility says where it is; "the Paris accord": a city
     * before an agreement word names the agreement by where it was made. Neither is a side.
     */
    static void dropPlaceModifiers(Tokens t, List<Actor> out) {
        out.removeIf(a -> {
            int last = t.at(a.end() - 1);
            if (last < 0 || last + 1 >= t.size() || t.ends()[last] != a.end()) {
                return false;
            }
            String next = t.words()[last + 1];
            if (next.isEmpty() || !Character.isLowerCase(next.codePointAt(0))) {
                return false;
            }
            return FACILITIES.contains(next)
                    || a.kind().equals("government")
                            && a.name().indexOf(' ') < 0
                            && NameResolver.AGREEMENT_WORDS.contains(next);
        });
    }

    private static final Pattern CREATED = Pattern.compile(
            "(?:venture|company|partnership|entity|consortium)(?:\\s*,\\s*(?:the\\s+)?|\\s+(?:to be\\s+)?(?:called|named)\\s+(?:the\\s+)?)$");

    /** "established a joint venture, the Nantong Fibres Co", "a venture called X": what the sides create is no side. */
    static void dropCreated(String text, List<Actor> out) {
        out.removeIf(a -> CREATED.matcher(text.substring(Math.max(0, a.start() - 40), a.start()))
                .find());
    }

    /** News agencies and outlets report agreements; they are not parties to them. */
    static final Set<String> MEDIA = ActorFinder.words(
            "reuters",
            "ap",
            "afp",
            "sputnik",
            "tass",
            "ria novosti",
            "xinhua",
            "bloomberg",
            "cnn",
            "bbc",
            "al jazeera",
            "associated press",
            "agence france-presse",
            "interfax",
            "anadolu",
            "irna",
            "yonhap",
            "kyodo",
            "dpa",
            "efe",
            "ansa",
            "upi",
            "rt",
            "fox news",
            "nbc",
            "abc",
            "cbs",
            "the new york times",
            "new york times",
            "washington post",
            "the guardian",
            "wall street journal",
            "financial times",
            "urdupoint",
            "wam",
            "spa",
            "kuna",
            "mena",
            "pti",
            "ani",
            "bernama",
            "antara",
            "itar-tass",
            "rossiya segodnya",
            "trend",
            "apa",
            "azertac",
            "sana",
            "isna",
            "fars",
            "tasnim",
            "mehr",
            "press tv");

    /** "Reuters", and an outlet's desks and programmes: "BBC Sport", "BBC News Online", "CNN International". */
    static boolean isMedia(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (MEDIA.contains(lower)) {
            return true;
        }
        int space = lower.indexOf(' ');
        return space > 0
                && MEDIA.contains(lower.substring(0, space))
                && MEDIA_DESKS.matcher(lower.substring(space + 1)).matches();
    }

    static final Pattern MEDIA_DESKS = Pattern.compile(
            "(?:sport|news|news online|online|radio(?: \\w+)?|world(?: service)?|one|two|three|four|international|business|politics|breakfast|television|tv)");

    private static final Pattern FILED_WITH = Pattern.compile(
            "(?i)\\b(?:filing|filings|filed|file|registered|registration)\\s+(?:\\w+\\s+){0,3}?with\\s+(?:the\\s+)?$");

    /** "In a filing with the Securities and Exchange Commission": where a document is filed is no side. */
    static void dropFiledWith(String text, List<Actor> out) {
        out.removeIf(a -> FILED_WITH
                .matcher(text.substring(Math.max(0, a.start() - 60), a.start()))
                .find());
    }

    static final Pattern REPORTING = Pattern.compile(
            "^\\s+(?:also\\s+)?(?:said|says|noted|notes|told|added|argued|argues|explained|stated|wrote|writes|believes|thinks|cautioned|warned|predicted)\\b(?!\\s+(?:that\\s+)?(?:he|she|they|it|we|their|its|his|her|our)\\b)");
    static final Pattern ALIAS = Pattern.compile("^\\s*\\(\\s*$");

    /**
     * "Mitchelson noted that …": whoever reports is a source, not a side. "Islamic Salvation Front (FIS)",
     * "Amazon (AMZN)": an acronym or ticker in brackets after a name is that name again.
     */
    static void dropSourcesAndAliases(String text, List<Actor> out) {
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

    static final Pattern AFFILIATION = Pattern.compile(
            "^(?:'s|’s)?\\s+(?:[a-z-]+\\s+){0,2}(?:chief executive|chief|executive|president|chairman|chairwoman|ceo|head|director|spokesman|spokeswoman|spokesperson|minister|secretary|founder|boss|leader|official|envoy|ambassador|negotiator|commander)\\s+$");

    /** "IndiGo chief executive Pieter Elbers": the person speaks for the organisation before; one side, not two. */
    static void dropAffiliated(String text, List<Actor> out) {
        for (int k = out.size() - 1; k > 0; k--) {
            Actor a = out.get(k);
            // "Villa chairman Doug Ellis": an unknown name after a title is the title holder, whatever the chunker
            // guessed
            if ((a.kind().equals("person") || !a.known() && !a.kind().equals("company"))
                    && AFFILIATION
                            .matcher(text.substring(out.get(k - 1).end(), a.start()))
                            .matches()) {
                out.remove(k);
            }
        }
    }

    private static final Pattern POSSESSED_BY = Pattern.compile("^(?:'s|’s)\\s+(?:[a-z][\\w-]*\\s+){0,3}$");
    private static final Pattern DESCRIBED_AS = Pattern.compile("^\\s+(?:[a-z][\\w-]*\\s+){0,2}(\\w+?)\\s+$");

    /**
     * "Turkey's Everasia", "Dutch retailer Vendex International", "TDK Corp of Tokyo": a state named to say where an
     * organisation is from is no side of what the organisation does.
     */
    static void dropOrigins(String text, List<Actor> out) {
        List<Actor> drop = new ArrayList<>();
        for (int k = 0; k + 1 < out.size(); k++) {
            Actor a = out.get(k);
            Actor b = out.get(k + 1);
            if (a.end() > b.start()) {
                continue;
            }
            String between = text.substring(a.end(), b.start());
            if ((isState(a) || looksLikeDemonym(a)) && isOrganisation(b)) {
                Matcher described = DESCRIBED_AS.matcher(between);
                if (POSSESSED_BY.matcher(between).matches()
                        || (a.kind().equals("country") || looksLikeDemonym(a))
                                && described.matches()
                                && isCompanyNoun(described.group(1))) {
                    drop.add(a);
                }
            } else if (isOrganisation(a)
                    && isState(b)
                    && isOfPlace(between)
                    && (k + 2 >= out.size() || !text.startsWith(" and ", b.end()))) {
                drop.add(b);
            }
        }
        out.removeAll(drop);
    }

    /** " of " or " Corp of ": the name may end before its legal form. */
    private static boolean isOfPlace(String between) {
        String[] words = between.trim().split("\\s+");
        return between.endsWith(" of ") && (words.length == 1 || words.length == 2 && ActorKeys.isLegalForm(words[0]));
    }

    private static final Pattern DEMONYM_LIKE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|an|ese|ish)");

    /** "Californian wine company Chalone", "Bavarian carmaker BMW": a place's adjective the gazetteer does not know. */
    private static boolean looksLikeDemonym(Actor a) {
        return !a.known()
                && a.name().indexOf(' ') < 0
                && DEMONYM_LIKE.matcher(a.name()).matches();
    }

    private static boolean isState(Actor a) {
        return a.kind().equals("country") || a.kind().equals("government");
    }

    private static boolean isOrganisation(Actor a) {
        return a.kind().equals("company") || a.kind().equals("organization") && (a.country() == null || !a.known());
    }

    private static boolean isCompanyNoun(String word) {
        return COMPANY_NOUNS.contains(word)
                || word.endsWith("maker")
                || word.endsWith("s") && COMPANY_NOUNS.contains(word.substring(0, word.length() - 1));
    }

    static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
