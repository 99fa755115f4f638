package io.accord.extraction;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One stable key per real-world side, whatever the spelling: a state and the government, ministries, forces and
 * officials acting for it share the country code; an international body has its IGO code; other organisations and
 * people get a folded name ({@code org:deutsche-boerse} for "Deutsche Boerse" and "Deutsche Börse AG").
 */
public final class ActorKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Legal forms and the like: "Inc", "Corp", "plc", "AG" … say nothing about which company it is. */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "co",
            "company",
            "cos",
            "ltd",
            "limited",
            "plc",
            "ag",
            "sa",
            "se",
            "nv",
            "bv",
            "llc",
            "lp",
            "gmbh",
            "spa",
            "oyj",
            "ab",
            "asa",
            "group",
            "holding",
            "holdings");

    /** Folded alias to folded name, from {@code aliases.tsv}: "gm" → "general-motors". */
    private static final Map<String, String> ALIASES = aliases();

    private ActorKeys() {}

    private static Map<String, String> aliases() {
        Map<String, String> out = new HashMap<>();
        for (RuleFiles.Line line : RuleFiles.lines("aliases.tsv")) {
            String[] f = line.fields(2);
            String alias = fold(f[0]);
            String name = fold(f[1]);
            if (alias.isEmpty() || name.isEmpty()) {
                throw new IllegalStateException("aliases.tsv line " + line.number() + ": an empty alias or name");
            }
            String before = out.put(alias, name);
            if (before != null && !before.equals(name)) {
                throw new IllegalStateException(
                        "aliases.tsv line " + line.number() + ": " + f[0] + " already stands for another name");
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The key each known alias had before it was listed, and the key it has now ({@code org:gm} → {@code
     * org:general-motors}): what the store moves in the events it already holds.
     */
    public static Map<String, String> aliasKeys() {
        Map<String, String> out = new java.util.TreeMap<>();
        ALIASES.forEach((alias, name) -> out.put("org:" + alias, "org:" + name));
        return out;
    }

    /** The folded name a known alias stands for, else the folded name itself. */
    public static String canonical(String folded) {
        return ALIASES.getOrDefault(folded, folded);
    }

    /** "Inc", "Corp.", "plc": a word only a company's name ends with. */
    static boolean isLegalForm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        w = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return LEGAL_FORMS.contains(w) && !w.equals("group") && !w.startsWith("holding") && !w.equals("company");
    }

    public static String of(String name, String country, String sector, String kind) {
        if (country != null && !country.isBlank() && actsForItsState(country, sector, kind)) {
            return country;
        }
        String folded = fold(name);
        if (folded.isEmpty()) {
            return country != null ? country : "unknown";
        }
        return "person".equals(kind) ? "person:" + folded : "org:" + canonical(folded);
    }

    private static boolean actsForItsState(String country, String sector, String kind) {
        if (country.startsWith("IGO") || country.startsWith("NGO")) {
            return "organization".equals(kind);
        }
        return switch (kind == null ? "" : kind) {
            case "country", "government", "military" -> true;
            // a head of state or minister from the gazetteer speaks for the state
            case "person" -> "GOV".equals(sector) || "MIL".equals(sector);
            default -> false;
        };
    }

    /** Lower case, no accents, no legal form, words joined by hyphens. */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        // umlauts as German writes them without: "Börse" and "Boerse" meet, and "Boeing" stays "boeing"
        String s = name.replace("ß", "ss")
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue")
                .replace("&", " and ");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s)
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("'s ", " ")
                .replace("’s ", " ");
        java.util.List<String> words = new java.util.ArrayList<>(
                java.util.List.of(NOT_ALNUM.matcher(s).replaceAll(" ").strip().split(" ")));
        // legal forms at the end ("Bank of America Corp", "Smith and Co Ltd"), an article at the start
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        if (words.size() > 1 && words.get(words.size() - 1).equals("and")) {
            words.remove(words.size() - 1);
        }
        StringBuilder out = new StringBuilder(String.join("-", words));
        return out.toString();
    }
}
