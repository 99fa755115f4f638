package io.accord.extraction;

import java.util.Locale;

/** What kind of word or frame carries an agreement in a sentence (the families of {@code rules/en/triggers.tsv}). */
public enum TriggerFamily {
    /** agreement, deal, pact, treaty, contract, memorandum of understanding, order, licence … */
    AGREEMENT,
    /** sign, ink, seal */
    SIGNING,
    /** licensing, leasing in a deal frame */
    BUSINESS,
    /** collaborate, partner, team up; "working with", "tie-up" as a frame */
    COOPERATION,
    /** talks, negotiations */
    TALKS,
    /** ratify */
    RATIFICATION,
    /** "agreed to buy", "is to sell … to": a purchase, sale or merger agreed between the two sides */
    ACQUISITION,
    /** "reached a consensus", "came to an understanding" */
    CONSENSUS,
    /** accepting or rejecting the other side's plan, proposal or offer */
    RESPONSE,
    /** "offered to", "is willing to", "pledged to" */
    COMMITMENT;

    public static TriggerFamily of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
