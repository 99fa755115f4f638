package io.accord.extraction;

import io.accord.model.Party;

/** A candidate party found in a sentence, with its character span in the body. */
record Actor(int start, int end, String name, String country, String sector, String kind, boolean known) {

    /** Two mentions of one side: the same named body, or the same country when neither names more than it. */
    String key() {
        // a country, its capital and its government are one side; so are an international body and its seat
        if (country != null
                && (kind.equals("country")
                        || kind.equals("government")
                        || known
                                && kind.equals("organization")
                                && (country.startsWith("IGO") || country.startsWith("NGO")))) {
            return "C:" + country;
        }
        return "N:" + name.toLowerCase(java.util.Locale.ROOT);
    }

    /** The side an actor belongs to when mentions are merged: its country if known, else its name. */
    String side() {
        return country != null ? "C:" + country : "N:" + name.toLowerCase(java.util.Locale.ROOT);
    }

    Party toParty() {
        return new Party(name, ActorKeys.of(name, country, sector, kind), country, sector, kind);
    }
}
