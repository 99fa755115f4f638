package io.accord.model;

public record Plover(String event, String mode, String context) {}
