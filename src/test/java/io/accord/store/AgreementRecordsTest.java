package io.accord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.model.Agreement;
import io.accord.model.AgreementEvent;
import io.accord.model.ArticleRef;
import io.accord.model.Evidence;
import io.accord.model.Party;
import io.accord.store.AgreementRecords.Report;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementRecordsTest {

    @Test
    void theLatestStageDatesTheRecordAndTheTimelineFollowsTheReports() {
        List<Report> reports = List.of(
                report("e1", "negotiating", "2024-03-01", "Reuters", 0.6, "2024-03-01T08:00:00Z"),
                report("e2", "signed", "2024-03-10", "BBC", 0.8, "2024-03-10T09:00:00Z"),
                report("e3", "signed", "2024-03-10", "AP", 0.7, "2024-03-11T07:00:00Z"),
                report("e4", "intent", null, "AP", 0.5, "2024-03-05T10:00:00Z"));
        Agreement a = AgreementRecords.build("agr_x", reports, PRINCIPAL);
        assertEquals("e2", AgreementRecords.principal(reports));
        assertEquals("signed", a.status());
        assertEquals("2024-03-10", a.date());
        assertEquals(
                List.of("negotiating", "intent", "signed"),
                a.timeline().stream().map(Agreement.Stage::status).toList());
        assertEquals(List.of("e2", "e3"), a.timeline().get(2).events());
        assertEquals("2024-03-01T08:00:00Z", a.firstReported());
        assertEquals("2024-03-11T07:00:00Z", a.lastReported());
        assertEquals(4, a.events());
        assertEquals(4, a.articles());
        assertEquals(4, a.stories());
        assertEquals(List.of("AP", "BBC", "Reuters"), a.sources());
        // four independent reports: more sure than any one of them
        assertEquals(0.99, a.confidence());
        assertEquals("trade deal", a.subject());
        assertEquals(List.of("tariffs"), a.topics());
        assertEquals("Alpha", a.parties().get(0).name());
    }

    @Test
    void versionsOfOneStoryCountAsOneStory() {
        Agreement a = AgreementRecords.build(
                "agr_v",
                List.of(
                        report("e1", "signed", "2024-03-10", "Reuters", 0.8, "2024-03-10T09:00:00Z"),
                        // the refiled story: another article, the story of the first
                        report("e2", "signed", "2024-03-10", "Reuters", 0.8, "2024-03-10T11:00:00Z", "art-e1"),
                        report("e3", "signed", "2024-03-10", "BBC", 0.8, "2024-03-10T12:00:00Z")),
                PRINCIPAL);
        assertEquals(3, a.events());
        assertEquals(3, a.articles());
        assertEquals(2, a.stories());
    }

    @Test
    void mentionsCountAsStoriesButTheEventsTellTheStatus() {
        Agreement a = AgreementRecords.build(
                "agr_m",
                List.of(
                        // "SBC agreed to buy AT&T" recalled in two stories about other deals, before and after the news
                        report("m1", "agreed", null, "BBC", 0.1, "2024-03-02T09:00:00Z"),
                        report("e1", "signed", "2024-03-10", "Reuters", 0.8, "2024-03-10T09:00:00Z"),
                        report("m2", "proposed", null, "AP", 0.2, "2024-03-12T09:00:00Z")),
                PRINCIPAL);
        assertTrue(a.reported());
        assertEquals("signed", a.status());
        assertEquals("2024-03-10", a.date());
        assertEquals(1, a.events());
        assertEquals(2, a.mentions());
        assertEquals(3, a.articles());
        assertEquals(3, a.stories());
        assertEquals(List.of("AP", "BBC", "Reuters"), a.sources());
        assertEquals("2024-03-02T09:00:00Z", a.firstReported());
        assertEquals("2024-03-12T09:00:00Z", a.lastReported());
        // the confidence is the event's: a mention does not make an agreement surer
        assertEquals(0.8, a.confidence());
        assertEquals(
                "e1",
                AgreementRecords.principal(List.of(
                        report("m1", "agreed", null, "BBC", 0.9, "2024-03-02T09:00:00Z"),
                        report("e1", "signed", "2024-03-10", "Reuters", 0.8, "2024-03-10T09:00:00Z"))));
        assertEquals(
                List.of("agreed", "signed", "proposed"),
                a.timeline().stream().map(Agreement.Stage::status).toList());
        assertEquals(List.of("m1"), a.timeline().get(0).mentions());
        assertEquals(List.of(), a.timeline().get(0).events());
        assertEquals(List.of("e1"), a.timeline().get(1).events());
    }

    @Test
    void anAgreementKnownOnlyFromMentionsHasTheStatusTheyState() {
        Agreement a = AgreementRecords.build(
                "agr_o",
                List.of(
                        report("m1", "agreed", "2024-03-01", "BBC", 0.1, "2024-03-02T09:00:00Z"),
                        report("m2", "agreed", "2024-03-01", "BBC", 0.15, "2024-03-05T09:00:00Z")),
                PRINCIPAL);
        assertFalse(a.reported());
        assertEquals("agreed", a.status());
        assertEquals("2024-03-01", a.date());
        assertEquals(0, a.events());
        assertEquals(2, a.mentions());
        assertEquals(2, a.stories());
        assertEquals(List.of("m1", "m2"), a.timeline().get(0).mentions());
    }

    @Test
    void aRejectionAfterTheSignatureIsTheLatestNews() {
        Agreement a = AgreementRecords.build(
                "agr_y",
                List.of(
                        report("e1", "signed", "2024-03-10", "BBC", 0.8, "2024-03-10T09:00:00Z"),
                        report("e2", "rejected", "2024-04-02", "BBC", 0.8, "2024-04-02T09:00:00Z")),
                PRINCIPAL);
        assertEquals("rejected", a.status());
        assertEquals("2024-04-02", a.date());
    }

    @Test
    void theSameReportsInAnyOrderGiveTheSameRecord() {
        List<Report> reports = new ArrayList<>(List.of(
                report("e1", "negotiating", "2024-03-01", "Reuters", 0.6, "2024-03-01T08:00:00Z"),
                report("e2", "signed", null, "BBC", 0.8, "2024-03-10T09:00:00Z"),
                report("e3", "signed", "2024-03-10", "AP", 0.8, "2024-03-10T09:00:00Z")));
        Agreement first = AgreementRecords.build("agr_z", reports, PRINCIPAL);
        String principal = AgreementRecords.principal(reports);
        Collections.reverse(reports);
        assertEquals(first, AgreementRecords.build("agr_z", reports, PRINCIPAL));
        assertEquals(principal, AgreementRecords.principal(reports));
    }

    private static final AgreementEvent PRINCIPAL = new AgreementEvent(
            1,
            "e2",
            "agreement",
            "signed",
            null,
            null,
            List.of(
                    new Party("Alpha", "org:alpha", null, "BUS", "company"),
                    new Party("Beta", "org:beta", null, "BUS", "company")),
            "trade deal",
            List.of("tariffs"),
            "2024-03-10",
            null,
            null,
            null,
            null,
            new ArticleRef("art-e2", null, "t", "BBC", null),
            List.of(new Evidence("Alpha and Beta.", 0, 15)),
            0.8,
            null,
            "test");

    private static Report report(
            String id, String status, String date, String source, double confidence, String reported) {
        return report(id, status, date, source, confidence, reported, "art-" + id);
    }

    private static Report report(
            String id, String status, String date, String source, double confidence, String reported, String story) {
        Instant at = Instant.parse(reported);
        return new Report(
                id,
                status,
                date != null ? LocalDate.parse(date) : LocalDate.ofInstant(at, java.time.ZoneOffset.UTC),
                date,
                confidence,
                "trade deal",
                "art-" + id,
                source,
                at,
                story,
                id.startsWith("m"));
    }
}
