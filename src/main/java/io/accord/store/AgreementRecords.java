package io.accord.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import io.accord.model.Agreement;
import io.accord.model.Agreement.Stage;
import io.accord.model.AgreementEvent;

/** Builds an agreement's record from its reports; the same reports give the same record whatever their order. */
public final class AgreementRecords {

    /** One stored event as a report: the event, the day it sorts by, when it was reported and by whom. */
    public record Report(AgreementEvent event, LocalDate day, Instant reported) {
    }

    /** Stages in the order an agreement moves through them; a rejection or suspension ends it. */
    private static final List<String> STAGES = List.of("proposed", "negotiating", "intent", "agreed", "signed", "rejected", "suspended");
    private static final int MAX_TOPICS = 12;

    private AgreementRecords() {
    }

    public static Agreement build(String id, List<Report> reports) {
        List<Report> byTime = new ArrayList<>(reports);
        byTime.sort(Comparator.comparing(Report::reported).thenComparing(r -> r.event().id()));
        Map<String, List<Report>> byStatus = new LinkedHashMap<>();
        byTime.forEach(r -> byStatus.computeIfAbsent(r.event().status(), s -> new ArrayList<>()).add(r));
        List<Stage> timeline = new ArrayList<>();
        Map<String, LocalDate> stageDay = new HashMap<>();
        for (var stage : byStatus.entrySet()) {
            List<Report> rs = stage.getValue();
            stageDay.put(stage.getKey(), rs.stream().map(Report::day).max(Comparator.naturalOrder()).orElseThrow());
            timeline.add(new Stage(stage.getKey(), stageDate(rs), rs.get(0).reported().toString(),
                    rs.stream().map(r -> r.event().id()).sorted().toList()));
        }
        timeline.sort(Comparator.comparing(Stage::firstReported).thenComparing(s -> STAGES.indexOf(s.status())));
        // the latest stage: the one whose reports are dated last; on the same day, the one further along
        Stage latest = timeline.stream().max(Comparator.<Stage, LocalDate> comparing(s -> stageDay.get(s.status()))
                .thenComparing(s -> STAGES.indexOf(s.status()))).orElseThrow();
        Report principal = byTime.stream().max(Comparator.comparingDouble((Report r) -> r.event().confidence())
                .thenComparing(r -> r.event().id(), Comparator.reverseOrder())).orElseThrow();
        TreeSet<String> topics = new TreeSet<>();
        byTime.forEach(r -> {
            if (r.event().topics() != null) {
                r.event().topics().stream().filter(t -> topics.size() < MAX_TOPICS).forEach(topics::add);
            }
        });
        double unsure = 1;
        for (Report r : byTime) {
            unsure *= 1 - Math.min(r.event().confidence(), 0.99);
        }
        return new Agreement(id, principal.event().parties(), latest.status(), subject(byTime), List.copyOf(topics), latest.date(),
                byTime.get(0).reported().toString(), byTime.get(byTime.size() - 1).reported().toString(), timeline, byTime.size(),
                (int) byTime.stream().map(r -> r.event().article().id()).distinct().count(),
                byTime.stream().map(r -> r.event().article().source()).filter(Objects::nonNull).distinct().sorted().toList(),
                Math.round((1 - unsure) * 100) / 100.0, null);
    }

    /** An ISO date of a record as a date, or null. */
    static LocalDate dayOf(String iso) {
        return EventStore.date(iso);
    }

    /** The latest date the stage's reports give it (the event's own, else its article's), or null when none has one. */
    private static String stageDate(List<Report> reports) {
        return reports.stream().map(r -> r.event().date() != null ? r.event().date() : r.event().article().published())
                .filter(Objects::nonNull).map(d -> d.length() > 10 ? d.substring(0, 10) : d).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The subject most reports give, the longer one on a tie. */
    private static String subject(List<Report> reports) {
        Map<String, Integer> counts = new HashMap<>();
        reports.stream().map(r -> r.event().subject()).filter(Objects::nonNull).forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer> comparingByValue()
                .thenComparing(e -> e.getKey().length()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
