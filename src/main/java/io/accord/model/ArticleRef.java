package io.accord.model;

public record ArticleRef(String id, String url, String title, String source, String published) {}
