package io.accord.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.accord.extraction.Gazetteer.Match;
import io.accord.extraction.LanguagePipeline.Tokens;

/**
 * Finds the actors of one sentence, in three jobs: {@link NameChunker} finds the names, {@link NameResolver} says
 * who each one is (and adds the names the chunks miss), {@link NonSides} drops the names that are no side.
 */
final class ActorFinder {

    private final NameChunker chunker;
    private final NameResolver resolver;

    /** A word list; repeats are harmless. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    ActorFinder(Gazetteer gazetteer) {
        this.chunker = new NameChunker(gazetteer);
        this.resolver = new NameResolver(gazetteer);
    }

    /** Actors of a tagged sentence; {@code matches} are the gazetteer matches of the whole text. */
    List<Actor> find(String text, Tokens t, List<Match> matches) {
        List<Actor> out = new ArrayList<>();
        int i = chunker.firstToken(t);
        while (i < t.size()) {
            if (!chunker.isNameToken(t, i)) {
                i++;
                continue;
            }
            int j = chunker.chunkEnd(t, i);
            if (NameChunker.bracketed(t, i)) {
                i = j;
                continue;
            }
            List<Actor> resolved = resolver.resolve(text, t, i, j, matches);
            int ownedStart = NameChunker.ownedStart(t, j);
            if (resolved.size() == 1 && ownedStart > 0 && ownedStart < t.size() && chunker.isNameToken(t, ownedStart)) {
                int k = chunker.ownedEnd(t, ownedStart);
                List<Actor> owned = resolver.resolve(text, t, ownedStart, k, matches);
                Actor owner = resolved.get(0);
                if (owned.size() == 1 && owned.get(0).country() == null && owner.country() != null && NameResolver.isInstitution(owned.get(0).name())) {
                    Actor o = owned.get(0);
                    out.add(new Actor(owner.start(), o.end(), o.name(), owner.country(), o.sector(), o.kind(), true));
                    i = k;
                    continue;
                }
            }
            out.addAll(resolved);
            i = j;
        }
        NameResolver.addGazetteerMatches(text, t, matches, out);
        NameResolver.addGenericSides(text, t, out);
        resolver.attachDemonyms(text, t, out);
        NonSides.dropAdjectivalDemonyms(t, out);
        NonSides.dropPlaceModifiers(t, out);
        NonSides.dropCreated(text, out);
        out.removeIf(a -> NonSides.isMedia(a.name()));
        NonSides.dropSourcesAndAliases(text, out);
        NonSides.dropAffiliated(text, out);
        return out;
    }

    /** "The company", "it": the organisation the article is about; resolved by the extractor. */
    static final Pattern COMPANY_ANAPHOR = Pattern.compile("(?i)(?:^|[,;]\\s+|\\b(?:and|but)\\s+)(the\\s+(?:company|firm|group|carrier|automaker|carmaker|planemaker|retailer|airline|bank|lender|insurer|startup|chipmaker|drugmaker|network|studio|utility|giant|manufacturer)|it)\\s+(?:\\w+\\s+){0,3}?(?:has|have|had|will|would|is|was|also|agreed|signed|cut|struck|reached|inked|announced|won|secured|landed|entered|formed|made|got|gets|received|plans|said)\\b");
}
