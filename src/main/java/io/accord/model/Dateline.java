package io.accord.model;

/** "PATRIOT PARK (UrduPoint News / Sputnik - 25th June, 2019)": where and when the story was filed, and by whom. */
public record Dateline(String place, String date, String agency) {}
