package io.accord.model;

/** One side of an agreement. {@code country} is ISO 3166-1 alpha-3, an IGO code, or null when unknown. */
public record Party(String name, String country, String sector, String kind) {
}
