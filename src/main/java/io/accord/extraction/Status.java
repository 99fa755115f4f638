package io.accord.extraction;

import java.util.Locale;

/** How far along an agreement is, as the event contract spells it; the order is the guidelines' "furthest stage". */
public enum Status {
    PROPOSED,
    NEGOTIATING,
    INTENT,
    AGREED,
    SIGNED,
    REJECTED,
    SUSPENDED;

    /** The contract's spelling: "signed", "negotiating". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
