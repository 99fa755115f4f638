package io.accord.extraction;

import io.accord.extraction.LanguagePipeline.Tokens;
import io.accord.text.DateText;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where names are in a tagged sentence: which tokens can be part of one, where a chunk of them ends, what joins
 * two chunks into one name ("Bank of England", "Johnson & Johnson") and what starts a new one ("Azerbaijan's").
 */
final class NameChunker {

    private final Gazetteer gazetteer;

    NameChunker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static final Set<String> NOT_NAMES = ActorFinder.words(
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "but",
            "and",
            "or",
            "in",
            "on",
            "at",
            "for",
            "with",
            "by",
            "from",
            "to",
            "of",
            "as",
            "after",
            "before",
            "under",
            "it",
            "its",
            "he",
            "she",
            "they",
            "we",
            "i",
            "you",
            "his",
            "her",
            "their",
            "our",
            "my",
            "your",
            "there",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "mr",
            "mrs",
            "ms",
            "dr",
            "sen",
            "rep",
            "gov",
            "gen",
            "president",
            "minister",
            "prime",
            "today",
            "yesterday",
            "tomorrow",
            "however",
            "meanwhile",
            "also",
            "still",
            "when",
            "while",
            "if",
            "although",
            "following",
            "according",
            "last",
            "next",
            "earlier",
            "later",
            "both",
            "each",
            "all",
            "some",
            "other",
            "new",
            "such",
            "many",
            "more",
            "most",
            "no",
            "not",
            "so",
            "then",
            "now",
            "here",
            "what",
            "which",
            "who");
    /** Lower-case heads that complete a name before them ("the Obama administration", "Iraqi government"). */
    static final Set<String> LOWER_HEADS = ActorFinder.words(
            "administration",
            "government",
            "ministry",
            "army",
            "navy",
            "military",
            "forces",
            "regime",
            "authorities",
            "officials",
            "parliament",
            "cabinet",
            "lawmakers",
            "rebels",
            "militants",
            "leaders",
            "delegation",
            "side");
    /** Words capitalised for emphasis or position that name no one. */
    static final Set<String> COMMON_CAPITALISED = ActorFinder.words(
            "sources",
            "source",
            "staff",
            "officials",
            "analysts",
            "investors",
            "shares",
            "stocks",
            "reason",
            "no",
            "update",
            "updated",
            "breaking",
            "exclusive",
            "photo",
            "video",
            "read",
            "more",
            "related",
            "editor",
            "editors",
            "note",
            "reporting",
            "writing",
            "editing",
            "advertisement",
            "click",
            "share",
            "comments",
            "subscribe",
            "copyright",
            "inc",
            "corp",
            "co",
            "ltd",
            "mr",
            "mrs",
            "ms",
            "dr",
            "st",
            "jr",
            "sr",
            "vs",
            "etc",
            "am",
            "pm",
            "ceo",
            "cfo",
            "coo",
            "cto");

    private static final Set<String> IT_OR_THEY = ActorFinder.words("it", "its", "they", "their");
    /** "Banco do Brasil", "Caisse des Depots", "Credit du Nord": the particles of names in other languages. */
    private static final Set<String> PARTICLES =
            ActorFinder.words("de", "do", "da", "du", "des", "del", "della", "di", "et", "van", "von");

    static final Set<String> JOINERS = java.util.stream.Stream.concat(
                    PARTICLES.stream(), java.util.stream.Stream.of("of", "for", "&", "and", "on", "the"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    static final Pattern POSSESSIVE = Pattern.compile("(?i)(.+?)(['’]s|['’])$");

    /** Where names may start: a headline in title case capitalises every word, and there only the gazetteer can tell names. */
    int firstToken(Tokens t) {
        return headline(t) ? t.size() : 0;
    }

    /** The end (exclusive) of the name starting at token {@code i}: its capitalised words, joiners and a lower-case head. */
    int chunkEnd(Tokens t, int i) {
        int j = i + 1;
        while (j < t.size()) {
            if (isNameToken(t, j) && !startsNewName(t, j)) {
                j++;
            } else if (j + 1 < t.size()
                    && JOINERS.contains(t.words()[j].toLowerCase(Locale.ROOT))
                    && isNameToken(t, j + 1)
                    && joinable(t, i, j)) {
                j += 2;
            } else {
                break;
            }
        }
        while (j < t.size() && LOWER_HEADS.contains(t.words()[j]) && j - i <= 3) {
            j++;
        }
        return j;
    }

    /** "Azerbaijan 's Ministry of …": where the possessed name starts after a chunk ending at {@code j}, or -1. */
    static int ownedStart(Tokens t, int j) {
        return t.words()[j - 1].endsWith("'s") || t.words()[j - 1].endsWith("’s")
                ? j
                : j + 1 < t.size() && isPossessiveMark(t.words()[j]) ? j + 1 : -1;
    }

    /** The end of the possessed name: a possessive mark there starts no new name. */
    int ownedEnd(Tokens t, int ownedStart) {
        int k = ownedStart;
        while (k < t.size()
                && (isNameToken(t, k) && (k == ownedStart || !startsNewName(t, k))
                        || k + 1 < t.size()
                                && JOINERS.contains(t.words()[k].toLowerCase(Locale.ROOT))
                                && isNameToken(t, k + 1)
                                && joinable(t, ownedStart, k))) {
            k += isNameToken(t, k) ? 1 : 2;
        }
        return k;
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

    static boolean isPossessiveMark(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    /** "[Alexander Mikheev]": an editor's insertion, not a mention in the reporter's sentence. */
    static boolean bracketed(Tokens t, int i) {
        return i > 0 && t.words()[i - 1].equals("[");
    }

    boolean isNameToken(Tokens t, int i) {
        String w = t.words()[i];
        if (w.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        String lower = POSSESSIVE.matcher(w.toLowerCase(Locale.ROOT)).replaceFirst("$1");
        String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        if (i == 0 && NOT_NAMES.contains(lower) && !lower.equals("new")
                || lower.equals("i")
                || lower.startsWith("i'")
                || lower.startsWith("i’")
                || COMMON_CAPITALISED.contains(bare)
                || isDateWord(t, i, bare)) {
            return false;
        }
        // "New York", "New Zealand", "New Line Cinema": a capitalised "New" before a name begins it
        // ("New EU trade commissioner": not before an acronym)
        if (lower.equals("new")
                && i + 1 < t.size()
                && Character.isUpperCase(t.words()[i + 1].codePointAt(0))
                && !t.words()[i + 1].equals(t.words()[i + 1].toUpperCase(Locale.ROOT))) {
            return true;
        }
        String tag = t.tags()[i];
        // sentence-initial capitals are names when tagged so, known, or continued by another capitalised word
        if (i == 0 && !tag.equals("PROPN")) {
            // "Lockheed said it had signed …": whoever "said it" is an organisation, whatever the tagger made of the
            // word
            if (saysIt(t, i)) {
                return true;
            }
            return gazetteerStarts(t, i)
                    || t.size() > 1
                            && !NOT_NAMES.contains(lower)
                            && !tag.equals("VERB")
                            && !tag.equals("ADV")
                            && !tag.equals("PRON")
                            && !tag.equals("DET")
                            && !tag.equals("ADP")
                            && Character.isUpperCase(t.words()[1].codePointAt(0))
                            && !t.words()[1].equals("I");
        }
        return !NOT_NAMES.contains(lower) || tag.equals("PROPN") && !isDateWord(t, i, bare);
    }

    /** "Lockheed said it …", "Datacopy says they …": the word before is who speaks for itself, an organisation. */
    static boolean saysIt(Tokens t, int i) {
        int k = i + 1;
        // "Comterm Inc said it …", "(Comterm Inc) said it …"
        while (k < t.size() && k <= i + 3 && (ActorKeys.isLegalForm(t.words()[k]) || t.words()[k].equals(")"))) {
            k++;
        }
        return k + 1 < t.size()
                && (t.words()[k].equals("said") || t.words()[k].equals("says"))
                && IT_OR_THEY.contains(t.words()[k + 1].toLowerCase(Locale.ROOT));
    }

    boolean gazetteerStarts(Tokens t, int i) {
        return gazetteer
                .lookup(POSSESSIVE.matcher(t.words()[i]).replaceFirst("$1"))
                .isPresent();
    }

    // "day" for the holidays: "Boxing Day", "Independence Day"; not every word ending in "day" ("Halliday")
    private static final Set<String> WEEKDAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day");

    static boolean isWeekdayOrMonth(String lower) {
        return DateText.MONTHS.containsKey(lower) || WEEKDAYS.contains(lower);
    }

    /**
     * A weekday or a month, in a sentence: a month word right after a name is that name's last word ("Theresa May",
     * "Brian May"), unless a number follows it ("May 5").
     */
    boolean isDateWord(Tokens t, int i, String bare) {
        if (WEEKDAYS.contains(bare)) {
            return true;
        }
        if (!DateText.MONTHS.containsKey(bare)) {
            return false;
        }
        if (i + 1 < t.size() && t.words()[i + 1].chars().anyMatch(Character::isDigit)) {
            return true;
        }
        if (i == 0) {
            return true;
        }
        String prev = t.words()[i - 1];
        String prevLower = prev.toLowerCase(Locale.ROOT);
        // after a place, or in a span of months, it is a date again: "the London May price", "July/June", "Sept-Aug"
        boolean afterName = t.tags()[i - 1].equals("PROPN")
                && !prev.endsWith("/")
                && !prev.endsWith("-")
                && Character.isUpperCase(prev.codePointAt(0))
                && !isWeekdayOrMonth(prevLower)
                && !NOT_NAMES.contains(prevLower)
                && !gazetteerStarts(t, i - 1);
        return !afterName;
    }

    /** "Azerbaijan's" ends a modifier: what follows is a new name. */
    static boolean startsNewName(Tokens t, int j) {
        String prev = t.words()[j - 1];
        return prev.endsWith("'s") || prev.endsWith("’s") || prev.equals("'s") || prev.equals("’s");
    }

    /** "L. Luria and Son Inc", "Salomon Brothers": the family a firm is named after. */
    private static final Set<String> FAMILY_FIRMS = ActorFinder.words("son", "sons", "brothers", "associates");

    static boolean joinable(Tokens t, int start, int joiner) {
        String j = t.words()[joiner].toLowerCase(Locale.ROOT);
        if (j.equals("and") || j.equals("&")) {
            // "Johnson & Johnson", "Bank of Trade and Industry" join; "Russia and China" do not
            String next = t.words()[joiner + 1].toLowerCase(Locale.ROOT);
            return j.equals("&")
                    || NameResolver.BUS_HEADS.contains(next)
                    || NameResolver.ORG_HEADS.contains(next)
                    || FAMILY_FIRMS.contains(next);
        }
        if (j.equals("the")) {
            return false;
        }
        if (PARTICLES.contains(j)) {
            return true;
        }
        String head = t.words()[joiner - 1].toLowerCase(Locale.ROOT);
        return NameResolver.GOV_HEADS.contains(head)
                || NameResolver.MIL_HEADS.contains(head)
                || NameResolver.BUS_HEADS.contains(head)
                || NameResolver.ORG_HEADS.contains(head)
                || NameResolver.TITLES.contains(head)
                || j.equals("of");
    }
}
