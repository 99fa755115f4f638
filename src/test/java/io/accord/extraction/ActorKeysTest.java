package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.accord.model.AgreementEvent;
import io.accord.model.NormalizedArticle;
import io.accord.model.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorKeysTest {

    @Test
    void aStateAndWhoeverActsForItShareTheCountryCode() {
        assertEquals("GBR", ActorKeys.of("Britain", "GBR", "GOV", "country"));
        assertEquals("GBR", ActorKeys.of("Foreign Office", "GBR", "GOV", "government"));
        assertEquals("GBR", ActorKeys.of("Royal Navy", "GBR", "MIL", "military"));
        assertEquals("USA", ActorKeys.of("George W Bush", "USA", "GOV", "person"));
    }

    @Test
    void anInternationalBodyHasItsCode() {
        assertEquals("IGOWSTNAT", ActorKeys.of("NATO", "IGOWSTNAT", "IGO", "organization"));
    }

    @Test
    void companiesAndPeopleAreTheirFoldedNamesNotTheirCountry() {
        assertEquals("org:rosoboronexport", ActorKeys.of("Rosoboronexport", "RUS", "BUS", "company"));
        assertEquals("person:wayne-rooney", ActorKeys.of("Wayne Rooney", "GBR", null, "person"));
        assertEquals("org:unknown-trading", ActorKeys.of("Unknown Trading", null, null, "company"));
    }

    @Test
    void spellingsAccentsAndLegalFormsFoldToOneKey() {
        String key = ActorKeys.of("Deutsche Börse", "DEU", "BUS", "company");
        assertEquals("org:deutsche-boerse", key);
        assertEquals(key, ActorKeys.of("Deutsche Boerse", "DEU", "BUS", "company"));
        assertEquals(key, ActorKeys.of("Deutsche Börse AG", "DEU", "BUS", "company"));
        assertEquals("org:allis-chalmers", ActorKeys.of("Allis-Chalmers Corp", null, null, "company"));
        assertEquals("org:bank-of-america", ActorKeys.of("Bank of America Corp", "USA", "BUS", "company"));
        assertEquals("org:nestle", ActorKeys.of("Nestlé SA", "CHE", "BUS", "company"));
        assertEquals("org:at-and-t", ActorKeys.of("AT&T Inc", "USA", "BUS", "company"));
        assertNotEquals(ActorKeys.of("BP", "GBR", "BUS", "company"), ActorKeys.of("Shell", "GBR", "BUS", "company"));
    }

    @Test
    void eventIdsComeFromActorKeysSoSpellingsDoNotSplitThem() {
        Extractor extractor = new Extractor();
        AgreementEvent uk = only(extractor, "The UK and France signed a fisheries agreement in London on Monday.");
        AgreementEvent britain =
                only(extractor, "Britain and France signed a fisheries agreement in London on Monday.");
        assertEquals(
                List.of("FRA", "GBR"),
                uk.parties().stream().map(Party::actor).sorted().toList());
        assertEquals(uk.id(), britain.id(), "the same sides, spelled two ways, in the same article give the same id");
    }

    @Test
    void aKnownAliasHasTheKeyOfTheNameItStandsFor() {
        assertEquals("org:general-motors", ActorKeys.of("GM", "USA", "BUS", "company"));
        assertEquals("org:general-motors", ActorKeys.of("General Motors Corp", "USA", "BUS", "company"));
        assertEquals("org:procter-and-gamble", ActorKeys.of("P&G", null, null, "company"));
        assertEquals("person:gm", ActorKeys.of("GM", null, null, "person"), "aliases name organisations only");
    }

    @Test
    void aShortFormTheArticleIntroducesIsTheSameSideAsItsName() {
        Extractor extractor = new Extractor();
        AgreementEvent event = only(
                extractor,
                "Fiat and Daewoo Heavy Industries signed a deal on Monday. Daewoo Heavy Industries Corp said DHI "
                        + "would sell its engine unit to Fiat. DHI and Fiat signed the sale agreement in Seoul.");
        assertEquals(
                List.of("org:daewoo-heavy-industries", "org:fiat"),
                event.parties().stream().map(Party::actor).sorted().toList());
    }

    private static AgreementEvent only(Extractor extractor, String body) {
        NormalizedArticle article = new NormalizedArticle(
                NormalizedArticle.SCHEMA,
                "art_actor_keys_test",
                null,
                null,
                body,
                null,
                null,
                "2024-05-13",
                null,
                "en",
                "2024-05-13T00:00:00Z");
        List<AgreementEvent> events = extractor.extract(article);
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }
}
