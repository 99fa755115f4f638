package io.accord.model;

/**
 * One side of an agreement. {@code actor} is one stable key per real-world side (the country code for a state and
 * whoever acts for it, the IGO code for an international body, {@code org:}/{@code person:} and a folded name
 * otherwise); {@code country} is ISO 3166-1 alpha-3, an IGO code, or null when unknown.
 */
public record Party(String name, String actor, String country, String sector, String kind) {}
