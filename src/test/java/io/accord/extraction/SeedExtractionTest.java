package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.ingest.ArticleNormalizer;
import io.accord.ingest.ArticleParser;
import io.accord.model.AgreementEvent;
import io.accord.model.NormalizedArticle;
import io.accord.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article gives exactly the event of eval/seed-expected.json, field by field. */
class SeedExtractionTest {

    static NormalizedArticle article;
    static List<AgreementEvent> events;

    @BeforeAll
    static void extract() {
        article = new ArticleNormalizer(Clock.systemUTC())
                .normalize(ArticleParser.parseRecord(Seeds.seed().getBytes(StandardCharsets.UTF_8)));
        events = new Extractor().extract(article);
    }

    @Test
    void oneEventOnly() {
        assertEquals(1, events.size(), () -> "events: " + events);
    }

    @Test
    void partiesStatusAndCoding() {
        AgreementEvent e = events.get(0);
        assertEquals("agreement", e.type());
        assertEquals("intent", e.status());
        assertEquals(2, e.parties().size());
        assertEquals("Ministry of Defense Industry", e.parties().get(0).name());
        assertEquals("AZE", e.parties().get(0).country());
        assertEquals("AZE", e.parties().get(0).actor(), "a ministry acts for its state");
        assertTrue(List.of("GOV", "MIL").contains(e.parties().get(0).sector()));
        assertEquals("Rosoboronexport", e.parties().get(1).name());
        assertEquals("RUS", e.parties().get(1).country());
        assertEquals("org:rosoboronexport", e.parties().get(1).actor(), "a state company is a side of its own");
        assertTrue(List.of("BUS", "GOV", "MIL").contains(e.parties().get(1).sector()));
        assertEquals("AGREE", e.plover().event());
        assertTrue(List.of("military", "economic").contains(e.plover().context()));
        assertTrue(List.of("030", "031", "0312", "036").contains(e.cameo()));
    }

    @Test
    void subjectTopicsWhenWhereWho() {
        AgreementEvent e = events.get(0);
        assertTrue(
                List.of(
                                "framework agreement",
                                "overarching cooperation agreement",
                                "cooperation agreement",
                                "cooperation deal")
                        .contains(e.subject()),
                e.subject());
        assertTrue(
                e.topics().stream()
                        .anyMatch(t -> List.of(
                                        "weapons deliveries",
                                        "deliveries",
                                        "joint production",
                                        "production",
                                        "maintenance",
                                        "repairs")
                                .contains(t)),
                e.topics().toString());
        assertEquals("2019-06-25", e.date());
        assertTrue(List.of("on Tuesday", "Tuesday").contains(e.dateText()));
        assertEquals("day", e.datePrecision());
        assertTrue(List.of(
                        "Patriot Park",
                        "Patriot Convention and Exhibition Center",
                        "Kubinka",
                        "Kubinka air base",
                        "Moscow Region",
                        "Moscow")
                .contains(e.location().name()));
        assertEquals("RUS", e.location().country());
        assertEquals("Yahya Musaev", e.speaker().name());
        assertTrue(e.speaker().title().contains("Deputy Minister"));
    }

    @Test
    void evidenceIsTheBodyAtItsOffsets() {
        AgreementEvent e = events.get(0);
        assertTrue(e.evidence().stream()
                .anyMatch(v -> v.text().contains("agreeing to sign") || v.text().contains("agreed to sign")));
        e.evidence().forEach(v -> assertEquals(v.text(), article.body().substring(v.start(), v.end())));
        assertTrue(e.confidence() > 0 && e.confidence() <= 1);
        assertEquals(article.id(), e.article().id());
        assertEquals(e.id(), new Extractor().extract(article).get(0).id(), "the event id is deterministic");
    }
}
