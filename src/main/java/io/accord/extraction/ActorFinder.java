package io.accord.extraction;

import io.accord.extraction.Gazetteer.Match;
import io.accord.extraction.LanguagePipeline.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the actors of one sentence, in three jobs: {@link NameChunker} finds the names, {@link NameResolver} says
 * who each one is (and adds the names the chunks miss), {@link NonSides} drops the names that are no side.
 */
final class ActorFinder {

    private final NameChunker chunker;
    private final NameResolver resolver;
    private final Gazetteer gazetteer;

    /** A capitalised word after a whole lower-case word or a comma: "a sale of Purolator", not "Independent News". */
    private static final Pattern MID_SENTENCE_CAPITAL =
            Pattern.compile("(?:^|[^\\p{L}'’])(?:\\p{Ll}+|,) (\\p{Lu}[\\p{L}-]{2,})\\b");

    private static final Pattern LOWER_WORD = Pattern.compile("\\b\\p{Ll}[\\p{L}-]{2,}\\b");

    /** Words the text capitalises after a lower-case word and never writes in lower case: "Purolator", "Euronext". */
    static Set<String> namesInArticle(String text) {
        Set<String> capitalised = new HashSet<>();
        Matcher m = MID_SENTENCE_CAPITAL.matcher(text);
        while (m.find()) {
            capitalised.add(m.group(1));
        }
        if (capitalised.isEmpty()) {
            return Set.of();
        }
        m = LOWER_WORD.matcher(text);
        Set<String> lower = new HashSet<>();
        while (m.find()) {
            lower.add(m.group());
        }
        capitalised.removeIf(w -> {
            String l = w.toLowerCase(Locale.ROOT);
            return lower.contains(l) || NameChunker.NOT_NAMES.contains(l) || NameChunker.COMMON_CAPITALISED.contains(l);
        });
        return capitalised;
    }

    /** A word list; repeats are harmless. */
    static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    ActorFinder(Gazetteer gazetteer) {
        this.chunker = new NameChunker(gazetteer);
        this.resolver = new NameResolver(gazetteer);
        this.gazetteer = gazetteer;
    }

    /** Actors of a tagged sentence; {@code matches} are the gazetteer matches of the whole text. */
    List<Actor> find(String text, Tokens t, List<Match> matches) {
        return find(text, t, matches, Set.of());
    }

    /**
     * As above; {@code namesInArticle} are words the article capitalises in mid-sentence and never writes in lower
     * case: at the start of a sentence, where the tagger often takes them for common words, they are names too.
     */
    List<Actor> find(String text, Tokens t, List<Match> matches, Set<String> namesInArticle) {
        List<Actor> out = new ArrayList<>();
        int i = chunker.firstToken(t);
        while (i < t.size()) {
            boolean knownName = i == 0
                    && t.size() > 1
                    && namesInArticle.contains(
                            NameChunker.POSSESSIVE.matcher(t.words()[0]).replaceFirst("$1"));
            if (!chunker.isNameToken(t, i) && !knownName) {
                i++;
                continue;
            }
            int j = chunker.chunkEnd(t, i);
            if (NameChunker.bracketed(t, i)) {
                i = j;
                continue;
            }
            List<Actor> resolved = resolver.resolve(text, t, i, j, matches, knownName);
            int ownedStart = NameChunker.ownedStart(t, j);
            if (resolved.size() == 1 && ownedStart > 0 && ownedStart < t.size() && chunker.isNameToken(t, ownedStart)) {
                int k = chunker.ownedEnd(t, ownedStart);
                List<Actor> owned = resolver.resolve(text, t, ownedStart, k, matches);
                Actor owner = resolved.get(0);
                if (owned.size() == 1
                        && owned.get(0).country() == null
                        && owner.country() != null
                        && NameResolver.isInstitution(owned.get(0).name())) {
                    Actor o = owned.get(0);
                    out.add(new Actor(owner.start(), o.end(), o.name(), owner.country(), o.sector(), o.kind(), true));
                    i = k;
                    continue;
                }
            }
            out.addAll(resolved);
            i = j;
        }
        rejoinHyphenated(text, out);
        // "UK-Dutch", "Anglo-French": states joined into an adjective describe something; they are no side
        out.removeIf(a -> a.name().indexOf('-') > 0
                && a.name().indexOf(' ') < 0
                && Arrays.stream(a.name().split("-")).allMatch(part -> COMBINING.contains(part) || namesAState(part)));
        NameResolver.addGazetteerMatches(text, t, matches, out);
        NameResolver.addGenericSides(text, t, out);
        resolver.attachDemonyms(text, t, out);
        NonSides.dropAdjectivalDemonyms(t, out);
        NonSides.dropPlaceModifiers(t, out);
        NonSides.dropOrigins(text, out);
        NonSides.dropFiledWith(text, out);
        NonSides.dropCreated(text, out);
        out.removeIf(a -> NonSides.isMedia(a.name()));
        NonSides.dropSourcesAndAliases(text, out);
        NonSides.dropAffiliated(text, out);
        return out;
    }

    /**
     * "Allen-Bradley Co", "McGraw-Hill": the tokenizer cuts a hyphenated name and the chunker keeps its last part; the
     * whole is the name. Not "US-China" or "Anglo-French", whose parts are states.
     */
    private void rejoinHyphenated(String text, List<Actor> out) {
        for (int k = 0; k < out.size(); k++) {
            Actor a = out.get(k);
            int after = a.end();
            if (after + 1 < text.length()
                    && text.charAt(after) == '-'
                    && Character.isUpperCase(text.charAt(after + 1))
                    && a.country() == null
                    && !COMBINING.contains(a.name())) {
                int to = after + 1;
                while (to < text.length() && (Character.isLetter(text.charAt(to)) || text.charAt(to) == '-')) {
                    to++;
                }
                String second = text.substring(after + 1, to);
                if (!second.endsWith("-") && !namesAState(second) && replace(text, out, a, a.start(), to)) {
                    k = -1;
                    continue;
                }
            }
            int hyphen = a.start() - 1;
            if (hyphen < 1
                    || text.charAt(hyphen) != '-'
                    || !Character.isLetter(text.charAt(hyphen - 1))
                    || a.country() != null) {
                continue;
            }
            int from = hyphen;
            while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '-')) {
                from--;
            }
            String first = text.substring(from, hyphen);
            if (first.isEmpty()
                    || !Character.isUpperCase(first.codePointAt(0))
                    || first.endsWith("-")
                    || COMBINING.contains(first)
                    || namesAState(first)) {
                continue;
            }
            if (replace(text, out, a, from, a.end())) {
                k = -1;
            }
        }
    }

    private boolean namesAState(String word) {
        return gazetteer
                .lookup(word)
                .filter(e -> e.country() != null && !e.country().isEmpty())
                .isPresent();
    }

    /** The actor widened to {@code start..end}, taking the place of the names inside; not when that would cut another. */
    private static boolean replace(String text, List<Actor> out, Actor a, int start, int end) {
        for (Actor b : out) {
            boolean overlaps = b.start() < end && start < b.end();
            boolean inside = b.start() >= start && b.end() <= end;
            if (b != a && overlaps && !inside) {
                return false;
            }
        }
        out.removeIf(b -> b != a && b.start() >= start && b.end() <= end);
        out.set(
                out.indexOf(a),
                new Actor(start, end, text.substring(start, end), null, a.sector(), a.kind(), a.known()));
        return true;
    }

    /** "Anglo-", "Sino-": the first halves of words that join two peoples. */
    private static final Set<String> COMBINING = words(
            "Anglo", "Franco", "Sino", "Indo", "Russo", "Afro", "Euro", "Greco", "Italo", "Austro", "Judeo", "Turco",
            "Irano", "Arab", "Trans", "Pan", "Non", "Pro", "Anti", "Ex", "Mid", "Post", "Pre");

    /** "The company", "it": the organisation the article is about; resolved by the extractor. */
    static final Pattern COMPANY_ANAPHOR = Pattern.compile(
            "(?i)(?:^|[,;]\\s+|\\b(?:and|but)\\s+)(the\\s+(?:company|firm|group|carrier|automaker|carmaker|planemaker|retailer|airline|bank|lender|insurer|startup|chipmaker|drugmaker|network|studio|utility|giant|manufacturer)|it)\\s+(?:\\w+\\s+){0,3}?(?:has|have|had|will|would|is|was|also|agreed|signed|cut|struck|reached|inked|announced|won|secured|landed|entered|formed|made|got|gets|received|plans|said)\\b");
}
