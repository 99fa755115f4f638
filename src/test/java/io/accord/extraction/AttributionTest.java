package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.accord.model.Speaker;
import org.junit.jupiter.api.Test;

/** The quoted source of a sentence (named with a title, or anonymous) and where its trailing attribution begins. */
class AttributionTest {

    private static final String SEED = "Azerbaijan's Ministry of Defense Industry met with Russian state arms exporter"
            + " Rosoboronexport on Tuesday, with the sides agreeing to sign an overarching cooperation agreement that"
            + " will cover both weapons deliveries and possibly joint production, Azeri Deputy Minister of Defense"
            + " Industry Yahya Musaev told Sputnik.";

    @Test
    void titleBeforeTheNameIncludesItsPortfolio() {
        assertEquals(
                new Speaker("Yahya Musaev", "Azeri Deputy Minister of Defense Industry"), Attribution.speaker(SEED));
    }

    @Test
    void titledNameAfterACommaWithTold() {
        assertEquals(
                new Speaker("Zulkifli Hasan", "Indonesian Trade Minister"),
                Attribution.speaker("Indonesia and Malaysia agreed to cooperate on palm oil, Indonesian Trade Minister"
                        + " Zulkifli Hasan told reporters."));
    }

    @Test
    void titledSourceWithoutATitleWordIsSkippedForTheNextOne() {
        assertEquals(
                new Speaker("Rosa Perez", "Trade Minister"),
                Attribution.speaker("Officials met in Lima, Local Farmer Jose Diaz said;"
                        + " Trade Minister Rosa Perez told reporters."));
    }

    @Test
    void stateAloneIsNotATitle() {
        assertNull(Attribution.speaker("Peru and Chile signed the accord, State Broadcaster Ana Lima said."));
    }

    @Test
    void nameThenCommaTitleThenSaid() {
        assertEquals(
                new Speaker("Maria Lopez", "the foreign minister"),
                Attribution.speaker("The two countries signed the deal, Maria Lopez, the foreign minister, said."));
    }

    @Test
    void saidThenNameThenCommaTitle() {
        assertEquals(
                new Speaker("John Mbeki", "the energy minister"),
                Attribution.speaker(
                        "Kenya and Uganda agreed to share the pipeline, said John Mbeki, the energy minister."));
    }

    @Test
    void unnamedOfficialIsASpeakerWithATitleAndNoName() {
        assertEquals(
                new Speaker(null, "senior Russian official"),
                Attribution.speaker("The deal was signed on Monday, a senior Russian official said."));
    }

    @Test
    void sentenceWithoutAQuotedSourceHasNoSpeaker() {
        assertNull(Attribution.speaker("Chile and Peru signed a fishing accord."));
    }

    @Test
    void trailingSaidClauseStartsAtItsComma() {
        String sentence = "Indonesia and Malaysia agreed to cooperate on palm oil, Indonesian Trade Minister"
                + " Zulkifli Hasan told reporters.";
        assertEquals(sentence.indexOf(", Indonesian"), Attribution.tailStart(sentence));
    }

    @Test
    void trailingAccordingToClauseStartsBeforeIt() {
        String sentence = "Grain exports will resume next week according to the ministry.";
        assertEquals(sentence.indexOf(" according to"), Attribution.tailStart(sentence));
    }

    @Test
    void attributionAfterAClosingQuoteStartsAtTheQuotesEnd() {
        String sentence = "\"Both sides agreed on the text.\" Lavrov said after the talks, which lasted for hours.";
        assertEquals(sentence.indexOf(".\""), Attribution.tailStart(sentence));
    }

    @Test
    void sentenceWithoutAttributionHasNoTail() {
        String sentence = "Chile and Peru signed a fishing accord.";
        assertEquals(sentence.length(), Attribution.tailStart(sentence));
    }
}
