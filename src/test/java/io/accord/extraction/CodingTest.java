package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.accord.model.Plover;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Subject-matter context of an agreement's text and its CAMEO code and PLOVER event through the shipped table. */
class CodingTest {

    private static Coding coding;

    @BeforeAll
    static void load() {
        coding = new Coding();
    }

    @Test
    void contextIsTheSubjectMatterTheTextNames() {
        assertEquals("military", Coding.context("an accord on arms deliveries"));
        assertEquals("economic", Coding.context("a deal to expand trade"));
        assertEquals("legal", Coding.context("an extradition treaty"));
        assertEquals("intelligence", Coding.context("a pact to share intelligence"));
        assertNull(Coding.context("a cultural exchange programme"));
    }

    @Test
    void contextMatchesWholeWordsInAnyCase() {
        assertEquals("economic", Coding.context("TRADE talks"));
        assertNull(Coding.context("the trader and the oilman"));
    }

    @Test
    void ceasefireIsMilitary() {
        assertEquals("military", Coding.context("a truce"));
        assertEquals("military", Coding.context("a cease-fire along the border"));
    }

    @Test
    void militaryComesBeforeIntelligenceBeforeLegalBeforeEconomic() {
        assertEquals("military", Coding.context("an arms trade accord"));
        assertEquals("intelligence", Coding.context("intelligence sharing ordered by a court"));
        assertEquals("legal", Coding.context("extradition of bank fraud suspects"));
    }

    @Test
    void signedIsSignFormalAgreementWithTheTableContextWhenTheTextNamesNone() {
        assertEquals(
                new Coding.Code("057", new Plover("SUPPORT", null, "diplomatic")),
                coding.code("signed", "Ghana and Togo signed a cultural accord."));
    }

    @Test
    void contextFromTheTextReplacesTheTableContext() {
        assertEquals(
                new Coding.Code("057", new Plover("SUPPORT", null, "economic")),
                coding.code("signed", "Ghana and Togo signed a gas pipeline deal."));
    }

    @Test
    void negotiatingIsEngageInNegotiation() {
        assertEquals(
                new Coding.Code("046", new Plover("CONSULT", null, "diplomatic")),
                coding.code("negotiating", "Ghana and Togo are negotiating a cultural accord."));
    }

    @Test
    void intentWithoutContextIsExpressIntentToCooperate() {
        assertEquals(
                new Coding.Code("030", new Plover("AGREE", null, "diplomatic")),
                coding.code("intent", "Ghana and Togo plan closer ties."));
    }

    @Test
    void intentWithContextIsMaterialCooperationOfThatKind() {
        assertEquals(
                new Coding.Code("0311", new Plover("AGREE", null, "economic")),
                coding.code("agreed", "Chile and Peru agreed to expand trade."));
        assertEquals(
                new Coding.Code("0314", new Plover("AGREE", null, "intelligence")),
                coding.code("agreed", "Chile and Peru agreed to share intelligence."));
    }

    @Test
    void ceasefireAgreementIsIntentToDeEscalate() {
        assertEquals(
                new Coding.Code("0356", new Plover("AGREE", null, "military")),
                coding.code("agreed", "The two sides agreed to a ceasefire."));
    }

    @Test
    void rejectedWithoutContextIsRejectAndWithContextRejectsThatCooperation() {
        assertEquals(
                new Coding.Code("120", new Plover("REJECT", null, null)),
                coding.code("rejected", "Ghana rejected the plan."));
        assertEquals(
                new Coding.Code("1212", new Plover("REJECT", "assist", "military")),
                coding.code("rejected", "Ghana rejected the arms deal."));
        assertEquals(
                new Coding.Code("1213", new Plover("REJECT", "assist", "legal")),
                coding.code("rejected", "Ghana rejected the extradition treaty."));
    }

    @Test
    void suspendedIsReduceRelations() {
        assertEquals(
                new Coding.Code("160", new Plover("SANCTION", null, null)),
                coding.code("suspended", "Ghana suspended the accord."));
        assertEquals(
                new Coding.Code("160", new Plover("SANCTION", null, "economic")),
                coding.code("suspended", "Ghana suspended the gas contract."));
    }
}
