package io.accord.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Filters of GET /agreements, already validated; {@code reported} null for all agreements, true for those an event
 * reports, false for those known only from mentions; {@code after} is the decoded cursor or null.
 */
public record AgreementQuery(
        String party,
        String actor,
        String country,
        String status,
        LocalDate from,
        LocalDate to,
        String text,
        Boolean reported,
        int limit,
        Cursor after) {

    /** A position in the (last report, id) order, newest first. */
    public record Cursor(Instant lastReported, String id) {}
}
