package io.accord.store;

import java.time.LocalDate;

/** Filters of GET /events, already validated; {@code after} is the decoded cursor or null. */
public record EventQuery(
        String party,
        String actor,
        String country,
        String status,
        LocalDate from,
        LocalDate to,
        String text,
        int limit,
        Cursor after) {

    /** A position in the (sort date, id) order, newest first. */
    public record Cursor(LocalDate date, String id) {}
}
