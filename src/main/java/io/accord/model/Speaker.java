package io.accord.model;

public record Speaker(String name, String title) {}
