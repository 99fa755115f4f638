package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who {@link NameResolver} says a name chunk of a hand-tagged sentence is, and the sides it adds that chunks miss. */
class NameResolverTest {

    private static Gazetteer gazetteer;
    private static NameResolver resolver;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
        resolver = new NameResolver(gazetteer);
    }

    /** The actors of the tokens from {@code first} up to and including {@code last}. */
    private static List<Actor> resolve(HandTagged s, String first, String last) {
        return resolver.resolve(s.text(), s.tokens(), s.index(first), s.index(last) + 1, gazetteer.find(s.text()));
    }

    private static String actorKey(Actor a) {
        return a.toParty().actor();
    }

    @Test
    void aDemonymIsItsState() {
        HandTagged s = HandTagged.of("Kenyan/ADJ negotiators/NOUN arrived/VERB ./PUNCT");
        List<Actor> actors = resolve(s, "Kenyan", "Kenyan");
        assertEquals(List.of(s.actor("Kenyan", "Kenyan", "KEN", "GOV", "country", true)), actors);
        assertEquals("KEN", actorKey(actors.get(0)));
    }

    @Test
    void aMinistryActsForTheStateThatOwnsIt() {
        HandTagged s = HandTagged.of(
                "Officials/NOUN said/VERB Norway's/PROPN Ministry/PROPN of/ADP Fisheries/PROPN agreed/VERB");
        List<Actor> actors = resolve(s, "Norway's", "Fisheries");
        assertEquals(
                List.of(s.actor(
                        "Norway's Ministry of Fisheries", "Ministry of Fisheries", "NOR", "GOV", "government", true)),
                actors);
        assertEquals("NOR", actorKey(actors.get(0)));
    }

    @Test
    void aMinistryOfNoNamedStateKeepsNoCountry() {
        HandTagged s =
                HandTagged.of("Officials/NOUN said/VERB the/DET Ministry/PROPN of/ADP Fisheries/PROPN agreed/VERB");
        List<Actor> actors = resolve(s, "Ministry", "Fisheries");
        assertEquals(
                List.of(s.actor("Ministry of Fisheries", "Ministry of Fisheries", null, "GOV", "government", false)),
                actors);
        assertEquals("org:ministry-of-fisheries", actorKey(actors.get(0)));
    }

    @Test
    void aStateCompanyKeepsItsCountryButIsASideOfItsOwn() {
        HandTagged s = HandTagged.of("Talks/NOUN with/ADP Rosneft/PROPN stalled/VERB ./PUNCT");
        List<Actor> actors = resolve(s, "Rosneft", "Rosneft");
        assertEquals(List.of(s.actor("Rosneft", "Rosneft", "RUS", "BUS", "company", true)), actors);
        assertEquals("org:rosneft", actorKey(actors.get(0)));
    }

    @Test
    void aTitledOfficialIsThePersonFromTheCountryOfTheTitle() {
        HandTagged s = HandTagged.of("Talks/NOUN with/ADP Kenyan/ADJ Foreign/ADJ Minister/PROPN Wanjiru/PROPN "
                + "Odhiambo/PROPN ended/VERB ./PUNCT");
        List<Actor> actors = resolve(s, "Kenyan", "Odhiambo");
        assertEquals(
                List.of(s.actor(
                        "Kenyan Foreign Minister Wanjiru Odhiambo", "Wanjiru Odhiambo", "KEN", "GOV", "person", true)),
                actors);
        assertEquals("KEN", actorKey(actors.get(0)));
    }

    @Test
    void aBareTitleStandsForItsCountrysGovernmentAndForNoOneWithoutACountry() {
        HandTagged s = HandTagged.of("Later/ADV the/DET Peruvian/ADJ President/PROPN spoke/VERB ./PUNCT");
        assertEquals(
                List.of(s.actor("Peruvian President", "Peruvian President", "PER", "GOV", "government", true)),
                resolve(s, "Peruvian", "President"));
        HandTagged noCountry = HandTagged.of("Later/ADV the/DET Deputy/PROPN Minister/PROPN spoke/VERB ./PUNCT");
        assertEquals(List.of(), resolve(noCountry, "Deputy", "Minister"));
    }

    @Test
    void aCapitalAfterAPlacePrepositionIsWhereNotWho() {
        HandTagged where = HandTagged.of("Talks/NOUN in/ADP Nairobi/PROPN ended/VERB ./PUNCT");
        assertEquals(List.of(), resolve(where, "Nairobi", "Nairobi"));
        HandTagged who = HandTagged.of("Officials/NOUN said/VERB Nairobi/PROPN agreed/VERB ./PUNCT");
        assertEquals(
                List.of(who.actor("Nairobi", "Nairobi", "KEN", "GOV", "government", true)),
                resolve(who, "Nairobi", "Nairobi"));
    }

    @Test
    void placesAndAgreementsAreNoActors() {
        HandTagged city = HandTagged.of("Ships/NOUN left/VERB Mombasa/PROPN today/NOUN ./PUNCT");
        assertEquals(List.of(), resolve(city, "Mombasa", "Mombasa"));
        HandTagged river = HandTagged.of("Farms/NOUN along/ADP the/DET Kestrel/PROPN River/PROPN flooded/VERB ./PUNCT");
        assertEquals(List.of(), resolve(river, "Kestrel", "River"));
        HandTagged treaty = HandTagged.of("Both/DET signed/VERB the/DET Treaty/PROPN of/ADP Osterby/PROPN ./PUNCT");
        assertEquals(List.of(), resolve(treaty, "Treaty", "Osterby"));
    }

    @Test
    void theLastWordOfAnUnknownNameSaysWhatKindOfBodyItIs() {
        assertEquals("company BUS", kindAndSector("Holdings"));
        assertEquals("military MIL", kindAndSector("Brigade"));
        assertEquals("government GOV", kindAndSector("Commission"));
        assertEquals("organization PTY", kindAndSector("Party"));
        assertEquals("organization NGO", kindAndSector("Foundation"));
    }

    private static String kindAndSector(String head) {
        HandTagged s = HandTagged.of("Talks/NOUN with/ADP Kestrel/PROPN " + head + "/PROPN ended/VERB ./PUNCT");
        List<Actor> actors = resolve(s, "Kestrel", head);
        assertEquals(1, actors.size());
        Actor a = actors.get(0);
        assertEquals("Kestrel " + head, a.name());
        assertNull(a.country());
        return a.kind() + " " + a.sector();
    }

    @Test
    void twoWordsOpeningWithAKnownGivenNameAreAPerson() {
        HandTagged person = HandTagged.of("Talks/NOUN with/ADP Amara/PROPN Wanjiru/PROPN ended/VERB ./PUNCT");
        List<Actor> actors = resolve(person, "Amara", "Wanjiru");
        assertEquals(List.of(person.actor("Amara Wanjiru", "Amara Wanjiru", null, null, "person", false)), actors);
        assertEquals("person:amara-wanjiru", actorKey(actors.get(0)));
        HandTagged unknown = HandTagged.of("Talks/NOUN with/ADP Wanjiru/PROPN Odhiambo/PROPN ended/VERB ./PUNCT");
        List<Actor> noGivenName = resolve(unknown, "Wanjiru", "Odhiambo");
        assertEquals("organization", noGivenName.get(0).kind());
    }

    @Test
    void aLoneCapitalOpeningASentenceIsAnOrdinaryWordUnlessKnownAsAName() {
        HandTagged s = HandTagged.of("Kestrel/NOUN won/VERB the/DET tender/NOUN ./PUNCT");
        List<Gazetteer.Match> matches = gazetteer.find(s.text());
        assertEquals(List.of(), resolver.resolve(s.text(), s.tokens(), 0, 1, matches, false));
        assertEquals(
                List.of(s.actor("Kestrel", "Kestrel", null, null, "organization", false)),
                resolver.resolve(s.text(), s.tokens(), 0, 1, matches, true));
    }

    @Test
    void aLegalFormAfterANameOpeningWithATitleKeepsItFromBeingAPerson() {
        HandTagged s = HandTagged.of("Shares/NOUN of/ADP General/PROPN Kestrel/PROPN Corp/PROPN rose/VERB ./PUNCT");
        List<Actor> actors = resolve(s, "General", "Kestrel");
        assertEquals(List.of(s.actor("General Kestrel", "General Kestrel", null, null, "organization", false)), actors);
        HandTagged person = HandTagged.of("Troops/NOUN of/ADP General/PROPN Kestrel/PROPN marched/VERB ./PUNCT");
        assertEquals("person", resolve(person, "General", "Kestrel").get(0).kind());
    }

    @Test
    void aDemonymBeforeADescribedCompanyGivesItItsCountry() {
        HandTagged s = HandTagged.of("The/DET Brazilian/ADJ state/NOUN oil/NOUN company/NOUN Kestrel/PROPN "
                + "Petroleo/PROPN agreed/VERB ./PUNCT");
        List<Actor> actors = new ArrayList<>(resolve(s, "Brazilian", "Brazilian"));
        actors.addAll(resolve(s, "Kestrel", "Petroleo"));
        resolver.attachDemonyms(s.text(), s.tokens(), actors);
        assertEquals(
                List.of(s.actor("Kestrel Petroleo", "Kestrel Petroleo", "BRA", null, "organization", true)), actors);
        assertEquals("org:kestrel-petroleo", actorKey(actors.get(0)));
    }

    @Test
    void aDemonymSeparatedByAVerbGivesNoCountry() {
        HandTagged s = HandTagged.of("Brazilian/ADJ officials/NOUN met/VERB Kestrel/PROPN Petroleo/PROPN ./PUNCT");
        List<Actor> actors = new ArrayList<>(resolve(s, "Brazilian", "Brazilian"));
        actors.addAll(resolve(s, "Kestrel", "Petroleo"));
        List<Actor> before = List.copyOf(actors);
        resolver.attachDemonyms(s.text(), s.tokens(), actors);
        assertEquals(before, actors);
        assertNull(actors.get(1).country());
    }

    @Test
    void sidesNamedByTheirRoleAreKeptUnnamed() {
        HandTagged s = HandTagged.of(
                "The/DET deal/NOUN binds/VERB the/DET government/NOUN and/CCONJ its/PRON creditors/NOUN ./PUNCT");
        List<Actor> actors = new ArrayList<>();
        NameResolver.addGenericSides(s.text(), s.tokens(), actors);
        assertEquals(
                List.of(
                        s.actor("government", "the government", null, "GOV", "government", false),
                        s.actor("creditors", "the creditors", null, null, "organization", false)),
                actors);
    }

    @Test
    void lendersDealtWithAreASideDescribedNotNamed() {
        HandTagged s = HandTagged.of("The/DET ministry/NOUN settled/VERB with/ADP foreign/ADJ banks/NOUN ./PUNCT");
        List<Actor> actors = new ArrayList<>();
        NameResolver.addGenericSides(s.text(), s.tokens(), actors);
        assertEquals(List.of(s.actor("foreign banks", "foreign banks", null, null, "organization", false)), actors);
    }

    @Test
    void aRoleOverlappingANamedSideAddsNothing() {
        HandTagged s = HandTagged.of("Talks/NOUN with/ADP the/DET Kestrel/PROPN government/NOUN ended/VERB ./PUNCT");
        List<Actor> actors = new ArrayList<>(resolve(s, "Kestrel", "government"));
        List<Actor> before = List.copyOf(actors);
        NameResolver.addGenericSides(s.text(), s.tokens(), actors);
        assertEquals(before, actors);
    }

    @Test
    void aKnownNameTheChunksMissedIsAddedButNotACapitalAfterIn() {
        HandTagged s = HandTagged.of("talks/NOUN with/ADP Gazprom/PROPN resumed/VERB in/ADP Oslo/PROPN ./PUNCT");
        List<Actor> actors = new ArrayList<>();
        NameResolver.addGazetteerMatches(s.text(), s.tokens(), gazetteer.find(s.text()), actors);
        assertEquals(List.of(s.actor("Gazprom", "Gazprom", "RUS", "BUS", "company", true)), actors);
    }

    @Test
    void aKnownLongerNameReplacesTheUnknownPartTheChunkerFound() {
        HandTagged s =
                HandTagged.of("Envoys/NOUN of/ADP the/DET Gulf/PROPN Cooperation/PROPN Council/PROPN met/VERB ./PUNCT");
        List<Actor> actors = new ArrayList<>(
                List.of(s.actor("Cooperation Council", "Cooperation Council", null, "GOV", "government", false)));
        NameResolver.addGazetteerMatches(s.text(), s.tokens(), gazetteer.find(s.text()), actors);
        assertEquals(
                List.of(s.actor(
                        "Gulf Cooperation Council", "Gulf Cooperation Council", "IGOGCC", "IGO", "organization", true)),
                actors);
        assertEquals("IGOGCC", actorKey(actors.get(0)));
    }
}
