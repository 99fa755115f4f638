package io.accord.model;

/**
 * An article as the store keeps it (GET /articles/{id}): the normalised article, whose {@code text} every event's
 * evidence offsets index into.
 */
public record StoredArticle(
        String id,
        String url,
        String title,
        String source,
        String byline,
        String published,
        String language,
        Dateline dateline,
        String receivedAt,
        String storedAt,
        String text) {}
