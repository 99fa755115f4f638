package io.accord.runtime;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The services this process runs, from {@code accord.roles} / {@code ACCORD_ROLES}: all three by default. */
public enum Roles {
    INGEST,
    EXTRACT,
    STORE;

    public static Set<Roles> parse(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("all")) {
            return EnumSet.allOf(Roles.class);
        }
        Set<Roles> out = EnumSet.noneOf(Roles.class);
        for (String r : value.split(",")) {
            try {
                out.add(Roles.valueOf(r.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown role '" + r.strip() + "': use ingest, extract, store or all");
            }
        }
        return out;
    }

    /** The roles as configured for this process, read before Quarkus starts. */
    public static Set<Roles> fromEnvironment() {
        String v = System.getProperty("accord.roles", System.getenv("ACCORD_ROLES"));
        return parse(v);
    }
}
