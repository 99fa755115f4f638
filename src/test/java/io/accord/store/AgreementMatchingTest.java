package io.accord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.model.Party;
import io.accord.store.AgreementMatching.Linkable;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementMatchingTest {

    @Test
    void sidesAreSortedActorKeysWithTheNameFoldedWhereAPartyHasNone() {
        assertEquals(
                "GBR|org:deutsche-boerse",
                AgreementMatching.sides(List.of(
                        new Party("Deutsche Börse", "org:deutsche-boerse", "DEU", "BUS", "company"),
                        new Party("Britain", "GBR", "GBR", "GOV", "country"))));
        assertEquals(
                "org:freedonia|org:sylvania",
                AgreementMatching.sides(List.of(
                        new Party("Sylvania", null, null, null, "country"),
                        new Party("Freedonia", null, null, null, "country"))));
    }

    @Test
    void aNameThatIsTheStartOfAnotherIsTheSameSide() {
        assertTrue(AgreementMatching.sameSides("org:mci|org:verizon", "org:mci|org:verizon-communications"));
        assertFalse(AgreementMatching.sameSides("org:mci|org:verizon", "org:mci|org:verizonia"));
        assertFalse(AgreementMatching.sameSides("org:mci|org:verizon", "org:mci|org:qwest"));
        // a third side makes another agreement
        assertFalse(AgreementMatching.sameSides("org:mci|org:verizon", "org:mci|org:qwest|org:verizon"));
        // the prefix rule is for names, not across kinds of key
        assertFalse(AgreementMatching.sameActor("org:usa", "person:usa-today"));
    }

    @Test
    void sidesThatCanMatchHaveTheSameRootsSoTheLinkerLooksOnlyThere() {
        assertEquals("org:mci|org:verizon", AgreementMatching.roots("org:mci|org:verizon-communications"));
        assertEquals(
                AgreementMatching.roots("org:mci|org:verizon"),
                AgreementMatching.roots("org:mci|org:verizon-communications"));
        assertEquals("GBR|person:gordon", AgreementMatching.roots("GBR|person:gordon-brown"));
    }

    @Test
    void theMatterIsWhatTheSubjectIsAbout() {
        assertEquals("", AgreementMatching.matter("new deal"));
        assertEquals("", AgreementMatching.matter(null));
        assertEquals("trade", AgreementMatching.matter("free trade agreement").replace("free ", ""));
        assertEquals("climate", AgreementMatching.matter("climate pacts"));
        assertEquals("takeover", AgreementMatching.matter("$6.7bn merger"));
        assertEquals("takeover", AgreementMatching.matter("takeover bid"));
    }

    @Test
    void aBareDealFitsAnyMatterButTwoNamedMattersMustShareAWord() {
        assertTrue(AgreementMatching.compatibleMatter("", "trade"));
        assertTrue(AgreementMatching.compatibleMatter("free trade", "trade"));
        assertTrue(AgreementMatching.compatibleMatter("takeover", "takeover"));
        assertFalse(AgreementMatching.compatibleMatter("trade", "climate"));
    }

    @Test
    void reportsMoreThanTheWindowApartAreTwoAgreements() {
        Linkable talks = new Linkable("e1", LocalDate.parse("2024-01-01"), "CHN|GBR", "trade");
        Linkable signed = new Linkable("e2", LocalDate.parse("2024-01-31"), "CHN|GBR", "");
        Linkable later = new Linkable("e3", LocalDate.parse("2024-02-01"), "CHN|GBR", "trade");
        assertTrue(AgreementMatching.sameAgreement(talks, signed, 30));
        assertFalse(AgreementMatching.sameAgreement(talks, later, 30));
        assertTrue(AgreementMatching.sameAgreement(later, talks, 31));
    }
}
