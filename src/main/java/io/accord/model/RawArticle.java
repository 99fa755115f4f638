package io.accord.model;

/** An article as publishers send it: only the body is required. */
public record RawArticle(String url, String title, String body, String source, String published, String language) {}
