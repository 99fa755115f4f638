package io.accord.model;

public record Location(String name, String country, String region) {}
