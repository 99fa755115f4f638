package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ShortFormsTest {

    @Test
    void anAcronymOfANameInTheArticleStandsForIt() {
        ShortForms f = ShortForms.of("Fiat SpA and General Motors Corp ended their alliance on Sunday. "
                + "GM will pay Fiat 1.55 billion euros.");
        assertEquals("General Motors Corp", f.longForm("GM"));
    }

    @Test
    void smallWordsAndHyphenatedNamesGiveTheirInitials() {
        ShortForms f = ShortForms.of("The Royal Bank of Scotland bought it. Hewlett-Packard Co said so. "
                + "RBS and HP declined to comment.");
        assertEquals("Royal Bank of Scotland", f.longForm("RBS"));
        assertEquals("Hewlett-Packard Co", f.longForm("HP"));
    }

    @Test
    void anAcronymWhoseNameTheArticleNeverWritesStaysAsItIs() {
        ShortForms f = ShortForms.of("GM said on Tuesday it would sell its stake to Fiat.");
        assertNull(f.longForm("GM"));
        assertNull(f.longForm("Fiat"));
    }

    @Test
    void lettersThatAreNotTheInitialsDoNotCount() {
        ShortForms f = ShortForms.of("General Electric Co signed with Morgan Stanley. GM was not involved.");
        assertNull(f.longForm("GM"));
        assertNull(f.longForm("GE"), "an acronym the article does not write is not looked for");
    }

    @Test
    void theLongestWritingOfTheNameWins() {
        ShortForms f = ShortForms.of("General Motors said GM and General Motors Corp are one.");
        assertEquals("General Motors Corp", f.longForm("GM"));
    }

    @Test
    void onlyOrganisationsTakeTheLongForm() {
        ShortForms f = ShortForms.of("United Motors Corp signed the deal. UM said it was pleased.");
        Actor company = new Actor(40, 42, "UM", null, null, "company", false);
        Actor person = new Actor(40, 42, "UM", null, null, "person", false);
        Actor expanded = f.expand(company);
        assertEquals("United Motors Corp", expanded.name());
        assertEquals(40, expanded.start());
        assertSame(person, f.expand(person));
    }
}
