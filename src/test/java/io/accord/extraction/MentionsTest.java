package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.ingest.ArticleNormalizer;
import io.accord.model.AgreementEvent;
import io.accord.model.NormalizedArticle;
import io.accord.model.Party;
import io.accord.model.RawArticle;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the gate turns away becomes a mention of an agreement, never an event, and never twice the same sides. */
class MentionsTest {

    static Extractor gated;
    static MentionGate gate;

    static final NormalizedArticle ARTICLE = new ArticleNormalizer(Clock.systemUTC())
            .normalize(new RawArticle(
                    null,
                    "Harbour Bank to buy Ostrava Savings",
                    "Harbour Bank has agreed to buy Ostrava Savings for $3bn, the two banks said on Tuesday, creating"
                            + " the country's third biggest lender.\n\n"
                            + "The deal, which needs the approval of regulators, is expected to be completed in June.\n\n"
                            + "Last year, Meridian Insurance agreed to buy its former rival Calder Life for about $2bn.\n\n"
                            + "Analysts said the takeover would be the third big deal in the sector this year.",
                    null,
                    "2005-02-10",
                    null));

    @BeforeAll
    static void load() {
        gated = new Extractor();
        gate = MentionGate.load();
    }

    @Test
    void everyCandidateIsAnEventOrAMentionAndNeverBoth() {
        Extractor.Reading reading = gated.read(ARTICLE);
        Set<Set<String>> events = sides(reading.events());
        Set<Set<String>> mentions = sides(reading.mentions());
        assertEquals(
                Set.of(Set.of("Harbour Bank", "Ostrava Savings"), Set.of("Meridian Insurance", "Calder Life")),
                union(events, mentions));
        assertTrue(events.stream().noneMatch(mentions::contains), () -> events + " " + mentions);
        assertTrue(reading.events().stream().noneMatch(AgreementEvent::isMention));
        assertTrue(reading.mentions().stream().allMatch(AgreementEvent::isMention));
        assertEquals(reading.events(), gated.extract(ARTICLE));
    }

    @Test
    void aGateThatPassesNothingLeavesOnlyMentionsAndOneThatPassesAllOnlyEvents() {
        Extractor.Reading none = gated.withGate(gate.withThreshold(1.01)).read(ARTICLE);
        assertEquals(List.of(), none.events());
        assertEquals(2, none.mentions().size());
        AgreementEvent background = none.mentions().stream()
                .filter(m -> m.parties().stream().anyMatch(p -> p.name().equals("Meridian Insurance")))
                .findFirst()
                .orElseThrow();
        assertEquals("mention", background.type());
        assertTrue(background.id().startsWith("men_"), background.id());
        assertEquals("agreed", background.status());
        assertEquals(
                "Last year, Meridian Insurance agreed to buy its former rival Calder Life for about $2bn.",
                background.evidence().get(0).text());

        Extractor.Reading all = gated.withGate(gate.withThreshold(0)).read(ARTICLE);
        assertEquals(List.of(), all.mentions());
        assertEquals(2, all.events().size());
        // the same sides give the same id, told apart by its prefix
        assertTrue(all.events().stream()
                .anyMatch(e -> e.id().substring(4).equals(background.id().substring(4))));
    }

    private static Set<Set<String>> sides(List<AgreementEvent> events) {
        return events.stream()
                .map(e -> e.parties().stream().map(Party::name).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private static Set<Set<String>> union(Set<Set<String>> a, Set<Set<String>> b) {
        Set<Set<String>> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
