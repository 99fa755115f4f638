package io.accord.extraction;

import io.accord.model.Dateline;
import io.accord.text.DateText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the time expression of an event sentence against the article's reference date, with tense: a past "on
 * Tuesday" is the Tuesday on or before the reference, a future one the next.
 */
final class TimeResolver {

    record Resolved(String date, String text, String precision) {}

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?:on|last|this|next|since|by|until)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?i)\\b(yesterday|today|tonight|last night|tomorrow|earlier (?:today|this week|this month|this year)|this week|last week|next week|this month|last month|next month|last year|next year|this year)\\b");
    private static final Pattern IN_MONTH = Pattern.compile(
            "\\b(?:in|since|by|until|from|during|early|late|mid-?)\\s+" + DateText.MONTH + "(?:\\s+(\\d{4}))?\\b");
    private static final Pattern EXPLICIT = Pattern.compile(
            "\\b(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + DateText.MONTH + ",?(?:\\s+\\d{4})?|"
                    + DateText.MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?:in|since|by)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|shall|to be|is to|are to|set to|plans? to|planning to|expected to|going to|would|intends? to|aims? to|scheduled|next|upcoming|due to)\\b");

    private static final Pattern DONE =
            Pattern.compile("(?i)\\b(signed|agreed|met|reached|held|inked|sealed|concluded)\\b");
    private static final Pattern POSTPONED =
            Pattern.compile("(?i)\\b(?:postponed|adjourned|delayed|deferred|put off|pushed back|rescheduled)\\b");
    /** "would be reached Monday", "will sign on Tuesday", "talks starting Monday": the weekday lies ahead. */
    private static final Pattern MODAL_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?:will|would|shall|is to|are to|to be)\\s+(?:\\w+\\s+){0,3}|(?:starting|beginning|opening|resuming)\\s+(?:on\\s+)?)$");

    private TimeResolver() {}

    /** The dateline's day, named as the dateline names it ("BRUSSELS, June 18"). */
    static Resolved dateline(Dateline dateline, LocalDate day) {
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String text = (dateline.place() != null ? dateline.place() + ", " : "") + month + " " + day.getDayOfMonth();
        return new Resolved(day.toString(), text, "day");
    }

    static Optional<Resolved> resolve(String sentence, LocalDate reference) {
        boolean future =
                FUTURE.matcher(sentence).find() && !DONE.matcher(sentence).find();
        Integer year = reference == null ? null : reference.getYear();
        Matcher m = EXPLICIT.matcher(sentence);
        if (m.find()) {
            String text = m.group().strip();
            Optional<LocalDate> d = DateText.parse(text, year);
            if (d.isPresent() && reference != null && !text.matches(".*\\d{4}.*")) {
                // a date with no year lies near the reference: past dates in the past, future ones ahead
                LocalDate v = d.get();
                if (!future && v.isAfter(reference.plusDays(7))) {
                    v = v.minusYears(1);
                } else if (future && v.isBefore(reference.minusDays(7))) {
                    v = v.plusYears(1);
                }
                d = Optional.of(v);
            }
            return Optional.of(
                    new Resolved(d.map(LocalDate::toString).orElse(null), text, d.isPresent() ? "day" : null));
        }
        m = WEEKDAY.matcher(sentence);
        if (m.find()) {
            String text = m.group().strip();
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            if (reference == null) {
                return Optional.of(new Resolved(null, text, null));
            }
            String lower = text.toLowerCase(Locale.ROOT);
            LocalDate d;
            if (lower.startsWith("last")) {
                d = reference.with(TemporalAdjusters.previous(day));
            } else if (lower.startsWith("until")
                    && POSTPONED
                            .matcher(sentence.substring(Math.max(0, m.start() - 60), m.start()))
                            .find()) {
                // "postponed until Thursday": a postponement moves to a later day, whatever the tense
                d = reference.with(TemporalAdjusters.next(day));
            } else if (lower.startsWith("next")
                    || future
                    || MODAL_BEFORE
                            .matcher(sentence.substring(Math.max(0, m.start() - 40), m.start()))
                            .find()) {
                d = reference.with(TemporalAdjusters.nextOrSame(day));
            } else {
                d = reference.with(TemporalAdjusters.previousOrSame(day));
            }
            return Optional.of(new Resolved(d.toString(), text, "day"));
        }
        m = RELATIVE_DAY.matcher(sentence);
        if (m.find()) {
            String text = m.group(1);
            if (reference == null) {
                return Optional.of(new Resolved(null, text, null));
            }
            String lower = text.toLowerCase(Locale.ROOT);
            return Optional.of(
                    switch (lower) {
                        case "yesterday", "last night" ->
                            new Resolved(reference.minusDays(1).toString(), text, "day");
                        case "today", "tonight", "earlier today" -> new Resolved(reference.toString(), text, "day");
                        case "tomorrow" -> new Resolved(reference.plusDays(1).toString(), text, "day");
                        case "this week", "earlier this week" ->
                            new Resolved(reference.with(DayOfWeek.MONDAY).toString(), text, "week");
                        case "last week" ->
                            new Resolved(
                                    reference
                                            .minusWeeks(1)
                                            .with(DayOfWeek.MONDAY)
                                            .toString(),
                                    text,
                                    "week");
                        case "next week" ->
                            new Resolved(
                                    reference
                                            .plusWeeks(1)
                                            .with(DayOfWeek.MONDAY)
                                            .toString(),
                                    text,
                                    "week");
                        case "this month", "earlier this month" ->
                            new Resolved(reference.withDayOfMonth(1).toString(), text, "month");
                        case "last month" ->
                            new Resolved(
                                    reference.minusMonths(1).withDayOfMonth(1).toString(), text, "month");
                        case "next month" ->
                            new Resolved(
                                    reference.plusMonths(1).withDayOfMonth(1).toString(), text, "month");
                        case "last year" ->
                            new Resolved(
                                    reference.minusYears(1).withDayOfYear(1).toString(), text, "year");
                        case "next year" ->
                            new Resolved(reference.plusYears(1).withDayOfYear(1).toString(), text, "year");
                        default -> new Resolved(reference.withDayOfYear(1).toString(), text, "year");
                    });
        }
        m = IN_MONTH.matcher(sentence);
        if (m.find()) {
            String text = m.group().strip();
            Month month = DateText.month(m.group(1));
            if (m.group(2) != null) {
                return Optional.of(new Resolved(
                        LocalDate.of(Integer.parseInt(m.group(2)), month, 1).toString(), text, "month"));
            }
            if (reference == null || month == null) {
                return Optional.of(new Resolved(null, text, null));
            }
            LocalDate d = LocalDate.of(reference.getYear(), month, 1);
            if (!future && d.isAfter(reference)) {
                d = d.minusYears(1);
            } else if (future && d.plusMonths(1).isBefore(reference)) {
                d = d.plusYears(1);
            }
            return Optional.of(new Resolved(d.toString(), text, "month"));
        }
        m = IN_YEAR.matcher(sentence);
        if (m.find()) {
            return Optional.of(new Resolved(
                    LocalDate.of(Integer.parseInt(m.group(1)), 1, 1).toString(),
                    m.group().strip(),
                    "year"));
        }
        return Optional.empty();
    }
}
