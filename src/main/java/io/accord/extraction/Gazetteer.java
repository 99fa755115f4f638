package io.accord.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every known actor name (countries, demonyms, capitals, international bodies, state companies, leaders, places),
 * matched in one pass over the text's capitalised words. Built from {@code accord/gazetteer/actors.tsv}, which
 * {@code src/main/gazetteer/build_gazetteer.py} generates.
 */
public final class Gazetteer {

    /** One entry: what a surface form refers to. {@code code} is ISO alpha-3 or an IGO code. */
    public record Entry(String surface, String name, String code, String sector, String kind) {

        public boolean isPlace() {
            return kind.equals("place");
        }

        public boolean isCountry() {
            return kind.equals("country");
        }

        /** The alpha-3 country (IGO codes have none). */
        public String country() {
            if (code.equals("-") || code.isEmpty()) {
                return null;
            }
            return code.length() >= 3 && !code.startsWith("IGO") && !code.startsWith("NGO")
                    ? code.substring(0, 3)
                    : code;
        }
    }

    /** A match in a text, offsets into that text. */
    public record Match(int start, int end, Entry entry) {}

    /** Entries by the first word of their name, lower-cased, longest name first. */
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    private final Map<String, Entry> byName = new HashMap<>();
    private final java.util.Set<String> givenNames = new java.util.HashSet<>();
    private static final java.util.regex.Pattern GIVEN_NAME_SHAPE = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final java.util.Set<String> HONORIFICS = java.util.Set.of(
            "president",
            "sir",
            "secretary",
            "prime",
            "general",
            "king",
            "queen",
            "prince",
            "princess",
            "sheikh",
            "lord",
            "lady",
            "dr",
            "mr",
            "mrs",
            "ms",
            "minister",
            "chancellor",
            "premier",
            "senator",
            "governor",
            "colonel",
            "admiral",
            "pope",
            "emir",
            "sultan",
            "crown",
            "vice",
            "deputy",
            "foreign");

    private Gazetteer(List<Entry> entries) {
        for (Entry e : entries) {
            String first = firstWord(e.surface().toLowerCase(java.util.Locale.ROOT), 0);
            if (!first.isEmpty()) {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
            }
            byName.putIfAbsent(e.surface().toLowerCase(java.util.Locale.ROOT), e);
            String[] words = e.surface().split(" ");
            if (e.kind().equals("person")
                    && words.length >= 2
                    && GIVEN_NAME_SHAPE.matcher(words[0]).matches()
                    && !HONORIFICS.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
                givenNames.add(words[0].toLowerCase(java.util.Locale.ROOT));
            }
        }
        byFirstWord
                .values()
                .forEach(list -> list.sort(java.util.Comparator.comparingInt(
                                (Entry e) -> e.surface().length())
                        .reversed()));
    }

    private static String firstWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/accord/gazetteer/actors.tsv")) {
            if (in == null) {
                throw new IllegalStateException("accord/gazetteer/actors.tsv is not on the classpath");
            }
            List<Entry> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                entries.add(new Entry(f[0], f[1], f[2], f[3], f[4]));
            }
            return new Gazetteer(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Matches in the text; names must be capitalised there, and acronyms written exactly as known. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int keptEnd = 0;
        for (int start = 0; start < text.length(); start++) {
            // names are capitalised where they are mentions; a word starts after a non-letter
            if (start < keptEnd
                    || !Character.isUpperCase(text.charAt(start))
                    || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            Match m = longestAt(text, start);
            if (m != null) {
                out.add(m);
                keptEnd = m.end();
            }
        }
        return out;
    }

    /** The longest known name starting at this offset and ending at a word boundary that passes the case checks. */
    private Match longestAt(String text, int start) {
        int wordEnd = start;
        while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
            wordEnd++;
        }
        List<Entry> candidates = byFirstWord.get(text.substring(start, wordEnd).toLowerCase(java.util.Locale.ROOT));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            String surface = e.surface();
            int end = start + surface.length();
            if (end > text.length()
                    || !text.regionMatches(true, start, surface, 0, surface.length())
                    || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            String seen = text.substring(start, end);
            boolean acronym =
                    e.surface().length() <= 5 && e.surface().equals(e.surface().toUpperCase(java.util.Locale.ROOT));
            if (acronym && !seen.equals(e.surface())) {
                continue;
            }
            // an all-caps rendering of a common-word name ("MAY") is a headline style, not a mention
            if (!acronym
                    && seen.length() > 1
                    && seen.equals(seen.toUpperCase(java.util.Locale.ROOT))
                    && e.kind().equals("person")) {
                continue;
            }
            return new Match(start, end, e);
        }
        return null;
    }

    /** A first name some known person bears ("Tony", "Angela"): what tells "Robert Peston" from "Human Rights". */
    public boolean isGivenName(String word) {
        return givenNames.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    public Optional<Entry> lookup(String surface) {
        return Optional.ofNullable(byName.get(surface.toLowerCase(java.util.Locale.ROOT)));
    }
}
