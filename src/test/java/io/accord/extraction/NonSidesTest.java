package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which names {@link NonSides} drops as no side: outlets, sources, aliases, spokespeople, origins and descriptions. */
class NonSidesTest {

    @Test
    void newsOutletsAndTheirDesksAreMediaButNotTheirOtherBusinesses() {
        assertTrue(NonSides.isMedia("Reuters"));
        assertTrue(NonSides.isMedia("BBC Sport"));
        assertTrue(NonSides.isMedia("CNN International"));
        assertFalse(NonSides.isMedia("BBC Worldwide"));
        assertFalse(NonSides.isMedia("Kestrel News"));
    }

    @Test
    void whoeverReportsIsASourceNotASide() {
        HandTagged s = HandTagged.of("Odhiambo/PROPN said/VERB the/DET talks/NOUN had/AUX stalled/VERB ./PUNCT");
        List<Actor> actors = list(s.actor("Odhiambo", "Odhiambo", null, null, "person", false));
        NonSides.dropSourcesAndAliases(s.text(), actors);
        assertEquals(List.of(), actors);
    }

    @Test
    void anOrganisationSayingWhatItWillDoAndAKnownStateSpeakingStaySides() {
        HandTagged itself = HandTagged.of("Kestrel/PROPN said/VERB it/PRON would/AUX sign/VERB ./PUNCT");
        List<Actor> organisation = list(itself.actor("Kestrel", "Kestrel", null, null, "organization", false));
        NonSides.dropSourcesAndAliases(itself.text(), organisation);
        assertEquals(1, organisation.size());
        HandTagged state = HandTagged.of("Kenya/PROPN said/VERB the/DET talks/NOUN had/AUX stalled/VERB ./PUNCT");
        List<Actor> kenya = list(state.actor("Kenya", "Kenya", "KEN", "GOV", "country", true));
        NonSides.dropSourcesAndAliases(state.text(), kenya);
        assertEquals(1, kenya.size());
    }

    @Test
    void anAcronymInBracketsAfterANameIsThatNameAgain() {
        HandTagged s = HandTagged.of(
                "Kestrel/PROPN Holdings/PROPN (/PUNCT KHL/PROPN )/PUNCT signed/VERB the/DET lease/NOUN ./PUNCT");
        Actor company = s.actor("Kestrel Holdings", "Kestrel Holdings", null, "BUS", "company", false);
        List<Actor> actors = list(company, s.actor("KHL", "KHL", null, null, "organization", false));
        NonSides.dropSourcesAndAliases(s.text(), actors);
        assertEquals(List.of(company), actors);
    }

    @Test
    void anOfficialNamedAfterTheirOrganisationIsNoSecondSide() {
        HandTagged s = HandTagged.of("Kestrel/PROPN Holdings/PROPN chief/ADJ executive/NOUN Amara/PROPN "
                + "Wanjiru/PROPN signed/VERB ./PUNCT");
        Actor company = s.actor("Kestrel Holdings", "Kestrel Holdings", null, "BUS", "company", false);
        List<Actor> actors = list(company, s.actor("Amara Wanjiru", "Amara Wanjiru", null, null, "person", false));
        NonSides.dropAffiliated(s.text(), actors);
        assertEquals(List.of(company), actors);
    }

    @Test
    void aStateOwningOrDescribingAnOrganisationIsItsOriginNotASide() {
        HandTagged owning = HandTagged.of("Kenya's/PROPN Kestrel/PROPN Holdings/PROPN signed/VERB ./PUNCT");
        Actor holdings = owning.actor("Kestrel Holdings", "Kestrel Holdings", null, "BUS", "company", false);
        List<Actor> owned = list(owning.actor("Kenya", "Kenya", "KEN", "GOV", "country", true), holdings);
        NonSides.dropOrigins(owning.text(), owned);
        assertEquals(List.of(holdings), owned);

        HandTagged describing =
                HandTagged.of("Chilean/ADJ copper/NOUN producer/NOUN Kestrel/PROPN agreed/VERB ./PUNCT");
        Actor kestrel = describing.actor("Kestrel", "Kestrel", null, null, "organization", false);
        List<Actor> described = list(describing.actor("Chilean", "Chilean", "CHL", "GOV", "country", true), kestrel);
        NonSides.dropOrigins(describing.text(), described);
        assertEquals(List.of(kestrel), described);
    }

    @Test
    void aStateAfterCompanyOfIsWhereTheCompanyIsFrom() {
        HandTagged s = HandTagged.of("Kestrel/PROPN Holdings/PROPN of/ADP Peru/PROPN agreed/VERB ./PUNCT");
        Actor holdings = s.actor("Kestrel Holdings", "Kestrel Holdings", null, "BUS", "company", false);
        List<Actor> actors = list(holdings, s.actor("Peru", "Peru", "PER", "GOV", "country", true));
        NonSides.dropOrigins(s.text(), actors);
        assertEquals(List.of(holdings), actors);
    }

    @Test
    void aStateActingWithAnOrganisationRemainsASide() {
        HandTagged s = HandTagged.of("Kenya/PROPN signed/VERB with/ADP Kestrel/PROPN Holdings/PROPN ./PUNCT");
        List<Actor> actors = list(
                s.actor("Kenya", "Kenya", "KEN", "GOV", "country", true),
                s.actor("Kestrel Holdings", "Kestrel Holdings", null, "BUS", "company", false));
        List<Actor> before = List.copyOf(actors);
        NonSides.dropOrigins(s.text(), actors);
        assertEquals(before, actors);
    }

    @Test
    void whereADocumentIsFiledIsNoSide() {
        HandTagged s = HandTagged.of("Kestrel/PROPN disclosed/VERB the/DET stake/NOUN in/ADP a/DET filing/NOUN "
                + "with/ADP the/DET Tessaly/PROPN Securities/PROPN Commission/PROPN ./PUNCT");
        Actor kestrel = s.actor("Kestrel", "Kestrel", null, null, "organization", false);
        List<Actor> actors = list(
                kestrel,
                s.actor(
                        "Tessaly Securities Commission",
                        "Tessaly Securities Commission",
                        null,
                        "GOV",
                        "government",
                        false));
        NonSides.dropFiledWith(s.text(), actors);
        assertEquals(List.of(kestrel), actors);
    }

    @Test
    void whatTheSidesCreateIsNoSide() {
        HandTagged s = HandTagged.of("Kestrel/PROPN and/CCONJ Quill/PROPN formed/VERB a/DET venture/NOUN called/VERB "
                + "Osterby/PROPN Power/PROPN ./PUNCT");
        Actor kestrel = s.actor("Kestrel", "Kestrel", null, null, "organization", false);
        Actor quill = s.actor("Quill", "Quill", null, null, "organization", false);
        List<Actor> actors =
                list(kestrel, quill, s.actor("Osterby Power", "Osterby Power", null, null, "organization", false));
        NonSides.dropCreated(s.text(), actors);
        assertEquals(List.of(kestrel, quill), actors);
    }

    @Test
    void aDemonymDescribingACommonNounIsNoSideButBeforeItsOfficialsIsTheState() {
        HandTagged unit = HandTagged.of("It/PRON sold/VERB its/PRON Finnish/ADJ banking/NOUN unit/NOUN ./PUNCT");
        List<Actor> described = list(unit.actor("Finnish", "Finnish", "FIN", "GOV", "country", true));
        NonSides.dropAdjectivalDemonyms(unit.tokens(), described);
        assertEquals(List.of(), described);

        HandTagged negotiators = HandTagged.of("Finnish/ADJ negotiators/NOUN agreed/VERB ./PUNCT");
        List<Actor> state = list(negotiators.actor("Finnish", "Finnish", "FIN", "GOV", "country", true));
        NonSides.dropAdjectivalDemonyms(negotiators.tokens(), state);
        assertEquals(1, state.size());
    }

    @Test
    void aDemonymTaggedAsANameStillOnlyDescribesTheCompanyAfterIt() {
        HandTagged s = HandTagged.of("Shares/NOUN of/ADP the/DET Finnish/PROPN firm/NOUN rose/VERB ./PUNCT");
        List<Actor> actors = list(s.actor("Finnish", "Finnish", "FIN", "GOV", "country", true));
        NonSides.dropAdjectivalDemonyms(s.tokens(), actors);
        assertEquals(List.of(), actors);
    }

    @Test
    void aNameBeforeAFacilityOrACapitalBeforeAnAgreementWordIsNoSide() {
        HandTagged plant = HandTagged.of("Output/NOUN at/ADP the/DET Kestrel/PROPN refinery/NOUN fell/VERB ./PUNCT");
        List<Actor> site = list(plant.actor("Kestrel", "Kestrel", null, null, "organization", false));
        NonSides.dropPlaceModifiers(plant.tokens(), site);
        assertEquals(List.of(), site);

        HandTagged accord = HandTagged.of("Both/DET backed/VERB the/DET Lima/PROPN accord/NOUN ./PUNCT");
        List<Actor> city = list(accord.actor("Lima", "Lima", "PER", "GOV", "government", true));
        NonSides.dropPlaceModifiers(accord.tokens(), city);
        assertEquals(List.of(), city);
    }

    @Test
    void aCompanyBeforeAnAgreementWordRemainsASide() {
        HandTagged s = HandTagged.of("Both/DET backed/VERB the/DET Kestrel/PROPN accord/NOUN ./PUNCT");
        List<Actor> actors = list(s.actor("Kestrel", "Kestrel", null, "BUS", "company", false));
        NonSides.dropPlaceModifiers(s.tokens(), actors);
        assertEquals(1, actors.size());
    }

    private static List<Actor> list(Actor... actors) {
        return new ArrayList<>(List.of(actors));
    }
}
