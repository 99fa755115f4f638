package io.accord.store;

import io.accord.extraction.ActorKeys;
import io.accord.model.Party;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two reports tell of the same agreement: the same sides, a compatible matter, dates within a window. The test is
 * between two events, never between an event and an agreement's summary, so the groups it makes (connected events) do
 * not depend on the order the events arrive in.
 */
public final class AgreementMatching {

    /** What the linker compares of one event. */
    public record Linkable(String id, LocalDate day, String sides, String roots, String matter) {
        /** {@code roots}: the sides with each name cut to its first word; two reports of one agreement have the same. */
        public Linkable(String id, LocalDate day, String sides, String matter) {
            this(id, day, sides, AgreementMatching.roots(sides), matter);
        }
    }

    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*[a-z]|[a-z]");
    /** Words that name a kind of agreement, or describe one, rather than what it is about. */
    private static final Set<String> GENERIC = Set.of(
            "deal",
            "agreement",
            "accord",
            "pact",
            "treaty",
            "contract",
            "talk",
            "negotiation",
            "settlement",
            "partnership",
            "alliance",
            "memorandum",
            "understanding",
            "arrangement",
            "protocol",
            "framework",
            "principle",
            "preliminary",
            "final",
            "formal",
            "new",
            "fresh",
            "better",
            "similar",
            "other",
            "first",
            "second",
            "last",
            "latest",
            "secret",
            "lucrative",
            "potentially",
            "big",
            "major",
            "huge",
            "landmark",
            "historic",
            "month",
            "year",
            "term",
            "long-term",
            "short-term",
            "multi-year",
            "dollar",
            "billion",
            "million",
            "bn",
            "m",
            "mln",
            "bln",
            "dlr",
            "dlrs",
            "stg",
            "yen",
            "pct",
            "government",
            "co-operation",
            "cooperation",
            "commercial",
            "joint",
            "the",
            "a",
            "an",
            "of",
            "for",
            "on",
            "in",
            "to",
            "with",
            "and",
            "its",
            "their",
            "this",
            "that",
            "such",
            "deal's");
    /** Buying a company is one matter however a report names it. */
    private static final Set<String> TAKEOVER = Set.of(
            "takeover",
            "merger",
            "acquisition",
            "buyout",
            "bid",
            "purchase",
            "sale",
            "offer",
            "buy-out",
            "tie-up",
            "combination");

    private AgreementMatching() {}

    /** The sides as sorted actor keys, '|'-joined; a party without a key is keyed by its folded name. */
    public static String sides(List<Party> parties) {
        Set<String> keys = new TreeSet<>();
        for (Party p : parties) {
            String key = p.actor() != null && !p.actor().isBlank() ? p.actor() : "org:" + ActorKeys.fold(p.name());
            keys.add(key);
        }
        return String.join("|", keys);
    }

    /** Each side's key cut to its first word ("org:verizon-communications" → "org:verizon"), sorted, '|'-joined. */
    static String roots(String sides) {
        Set<String> roots = new TreeSet<>();
        for (String key : sides.split("\\|")) {
            int colon = key.indexOf(':');
            int dash = key.indexOf('-', colon + 1);
            roots.add(dash < 0 ? key : key.substring(0, dash));
        }
        return String.join("|", roots);
    }

    /** The words of the subject that say what the agreement is about, singular, sorted, space-joined ("" for a bare "deal"). */
    public static String matter(String subject) {
        Set<String> words = new TreeSet<>();
        if (subject != null) {
            Matcher m = WORD.matcher(subject.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String w = singular(m.group());
                if (TAKEOVER.contains(w)) {
                    words.add("takeover");
                } else if (!GENERIC.contains(w)) {
                    words.add(w);
                }
            }
        }
        return String.join(" ", words);
    }

    /** Same sides, compatible matters, days at most {@code windowDays} apart. */
    public static boolean sameAgreement(Linkable a, Linkable b, int windowDays) {
        return Math.abs(ChronoUnit.DAYS.between(a.day(), b.day())) <= windowDays
                && sameSides(a.sides(), b.sides())
                && compatibleMatter(a.matter(), b.matter());
    }

    /**
     * Every side of one has its match in the other: the same key, or a name that is the other's first words ("Verizon"
     * and "Verizon Communications").
     */
    static boolean sameSides(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        List<String> x = Arrays.asList(a.split("\\|"));
        List<String> y = Arrays.asList(b.split("\\|"));
        return x.size() == y.size() && covered(x, y) && covered(y, x);
    }

    private static boolean covered(List<String> these, List<String> by) {
        List<String> left = new ArrayList<>(by);
        for (String key : these) {
            String match =
                    left.stream().filter(k -> sameActor(key, k)).findFirst().orElse(null);
            if (match == null) {
                return false;
            }
            left.remove(match);
        }
        return true;
    }

    static boolean sameActor(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int colon = a.indexOf(':');
        if (colon < 0 || !a.regionMatches(0, b, 0, colon + 1)) {
            return false;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.startsWith(shorter) && longer.charAt(shorter.length()) == '-';
    }

    /** A bare "deal" fits any matter; two named matters must share a word ("trade deal" and "climate pact" do not). */
    static boolean compatibleMatter(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return true;
        }
        Set<String> x = new TreeSet<>(Arrays.asList(a.split(" ")));
        return Arrays.stream(b.split(" ")).anyMatch(x::contains);
    }

    private static String singular(String w) {
        if (w.length() > 3 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
