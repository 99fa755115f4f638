package io.accord.store;

import io.accord.model.Agreement;
import io.accord.model.Agreement.Stage;
import io.accord.model.AgreementEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds an agreement's record from its reports; the same reports give the same record whatever their order. A
 * report is a few columns of a stored event, not its document: a record is rebuilt each time a report joins, so the
 * cost per report stays small however many reports the agreement has.
 */
public final class AgreementRecords {

    /**
     * One stored event as a report: its stage, the day it sorts by, its own date (else its article's), confidence and
     * subject, its article and outlet, when it was reported, and the story its article is a version of.
     */
    public record Report(
            String id,
            String status,
            LocalDate day,
            String date,
            double confidence,
            String subject,
            String articleId,
            String source,
            Instant reported,
            String story,
            boolean mention) {}

    /** Stages in the order an agreement moves through them; a rejection or suspension ends it. */
    private static final List<String> STAGES =
            List.of("proposed", "negotiating", "intent", "agreed", "signed", "rejected", "suspended");

    private AgreementRecords() {}

    /**
     * The report whose sides and topics the record shows: an event before a mention, the most confident, the lowest id
     * on a tie.
     */
    public static String principal(List<Report> reports) {
        return reports.stream()
                .max(Comparator.comparing((Report r) -> !r.mention())
                        .thenComparingDouble(Report::confidence)
                        .thenComparing(Report::id, Comparator.reverseOrder()))
                .orElseThrow()
                .id();
    }

    /**
     * The record, with the parties and topics of {@code principal} (the event of {@link #principal}). Its status,
     * date and confidence are its events' where it has any: a mention only says that an agreement is spoken of.
     */
    public static Agreement build(String id, List<Report> reports, AgreementEvent principal) {
        List<Report> all = new ArrayList<>(reports);
        all.sort(Comparator.comparing(Report::reported).thenComparing(Report::id));
        boolean reported = all.stream().anyMatch(r -> !r.mention());
        List<Report> byTime = reported ? all.stream().filter(r -> !r.mention()).toList() : all;
        Map<String, List<Report>> byStatus = new LinkedHashMap<>();
        byTime.forEach(r ->
                byStatus.computeIfAbsent(r.status(), s -> new ArrayList<>()).add(r));
        List<Stage> timeline = new ArrayList<>();
        Map<String, LocalDate> stageDay = new HashMap<>();
        for (var stage : byStatus.entrySet()) {
            List<Report> rs = stage.getValue();
            stageDay.put(
                    stage.getKey(),
                    rs.stream().map(Report::day).max(Comparator.naturalOrder()).orElseThrow());
            String date = rs.stream()
                    .map(Report::date)
                    .filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            timeline.add(new Stage(
                    stage.getKey(),
                    date,
                    rs.get(0).reported().toString(),
                    rs.stream()
                            .filter(r -> !r.mention())
                            .map(Report::id)
                            .sorted()
                            .toList(),
                    rs.stream().filter(Report::mention).map(Report::id).sorted().toList()));
        }
        if (reported) {
            // mentions of a reported agreement join the stage of their status, or one of their own
            for (Report m : all) {
                if (m.mention()) {
                    Stage s = timeline.stream()
                            .filter(t -> t.status().equals(m.status()))
                            .findFirst()
                            .orElse(null);
                    if (s == null) {
                        timeline.add(
                                new Stage(m.status(), m.date(), m.reported().toString(), List.of(), List.of(m.id())));
                    } else {
                        List<String> ids = new ArrayList<>(s.mentions());
                        ids.add(m.id());
                        ids.sort(Comparator.naturalOrder());
                        String first = s.firstReported().compareTo(m.reported().toString()) <= 0
                                ? s.firstReported()
                                : m.reported().toString();
                        timeline.set(
                                timeline.indexOf(s),
                                new Stage(s.status(), s.date(), first, s.events(), List.copyOf(ids)));
                    }
                }
            }
        }
        timeline.sort(Comparator.comparing(Stage::firstReported).thenComparing(s -> STAGES.indexOf(s.status())));
        // the latest stage: the one whose reports are dated last; on the same day, the one further along
        Stage latest = timeline.stream()
                .filter(t -> stageDay.containsKey(t.status()))
                .max(Comparator.<Stage, LocalDate>comparing(s -> stageDay.get(s.status()))
                        .thenComparing(s -> STAGES.indexOf(s.status())))
                .orElseThrow();
        double unsure = 1;
        for (Report r : byTime) {
            unsure *= 1 - Math.min(r.confidence(), 0.99);
        }
        return new Agreement(
                id,
                principal.parties(),
                latest.status(),
                subject(byTime),
                principal.topics() == null ? List.of() : List.copyOf(principal.topics()),
                latest.date(),
                all.get(0).reported().toString(),
                all.get(all.size() - 1).reported().toString(),
                timeline,
                (int) all.stream().filter(r -> !r.mention()).count(),
                (int) all.stream().filter(Report::mention).count(),
                reported,
                (int) all.stream().map(Report::articleId).distinct().count(),
                (int) all.stream()
                        .map(r -> r.story() != null ? r.story() : r.articleId())
                        .distinct()
                        .count(),
                all.stream()
                        .map(Report::source)
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList(),
                Math.round((1 - unsure) * 100) / 100.0,
                null);
    }

    /** The subject most reports give, the longer one on a tie. */
    private static String subject(List<Report> reports) {
        Map<String, Integer> counts = new HashMap<>();
        reports.stream().map(Report::subject).filter(Objects::nonNull).forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
