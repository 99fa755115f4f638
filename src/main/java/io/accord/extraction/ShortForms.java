package io.accord.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short forms an article introduces for a name, so that both are one side: "General Motors Corp (GM)", or "GM" in
 * an article that also writes "General Motors". A short form counts only when its letters are the initials of the
 * name's words (small words such as "of" and legal forms may be skipped).
 */
final class ShortForms {

    /** A run of capitalised words, with the small words names hold ("Bank of America", "Procter & Gamble"). */
    private static final Pattern NAME =
            Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:of|and|the|for|de|&)\\s+)?\\p{Lu}[\\p{L}'’.-]*)*");

    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{Lu}&]{1,5})(?![\\p{L}\\d])");
    private static final Set<String> SMALL = Set.of("of", "and", "the", "for", "de", "&");

    private final Map<String, String> longForms;

    private ShortForms(Map<String, String> longForms) {
        this.longForms = longForms;
    }

    static ShortForms of(String body) {
        Map<String, String> names = new HashMap<>();
        // the longest name each set of initials is written in: "General Motors Corp" over "General Motors"
        Matcher m = NAME.matcher(body);
        while (m.find()) {
            List<String> words = List.of(m.group().split("\\s+"));
            for (int from = 0; from < words.size(); from++) {
                List<String> tail = words.subList(from, words.size());
                String initials = initials(tail);
                if (initials.length() >= 2 && !SMALL.contains(tail.get(0).toLowerCase(Locale.ROOT))) {
                    String name = String.join(" ", tail);
                    names.merge(initials, name, (a, b) -> a.length() >= b.length() ? a : b);
                }
            }
        }
        Map<String, String> longForms = new HashMap<>();
        Matcher a = ACRONYM.matcher(body);
        while (a.find()) {
            String acronym = a.group(1);
            String name = names.get(acronym.replace("&", ""));
            if (name != null && !longForms.containsKey(acronym)) {
                longForms.put(acronym, name);
            }
        }
        return new ShortForms(longForms);
    }

    /** The name the article gives for this short form, or null. */
    String longForm(String name) {
        return longForms.get(name);
    }

    /** An organisation named by a short form the article introduced, under the name it introduced. */
    Actor expand(Actor a) {
        String name = (a.kind().equals("company") || a.kind().equals("organization")) ? longForms.get(a.name()) : null;
        return name == null ? a : new Actor(a.start(), a.end(), name, a.country(), a.sector(), a.kind(), a.known());
    }

    Map<String, String> all() {
        return Map.copyOf(longForms);
    }

    /** Initials of the capitalised words, without legal forms at the end and small words between. */
    private static String initials(List<String> words) {
        List<String> kept = new ArrayList<>(words);
        while (kept.size() > 1 && ActorKeys.isLegalForm(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (String w : kept) {
            if (!SMALL.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
                // "Hewlett-Packard" gives H and P
                for (String part : w.split("-")) {
                    if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                        out.append(part.charAt(0));
                    }
                }
            }
        }
        return out.toString();
    }
}
