package io.accord.model;

/** A sentence of the normalised body; offsets are character offsets into that body. */
public record Evidence(String text, int start, int end) {}
