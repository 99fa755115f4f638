package io.accord.model;

/**
 * The article as ingest publishes it on {@code articles.normalized}. {@code byline} is the author a web page names
 * (null for plain text).
 */
public record NormalizedArticle(
        int schema,
        String id,
        String url,
        String title,
        String body,
        String source,
        String byline,
        String published,
        Dateline dateline,
        String language,
        String receivedAt) {

    public static final int SCHEMA = 1;
}
