package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.ingest.ArticleNormalizer;
import io.accord.model.AgreementEvent;
import io.accord.model.Party;
import io.accord.model.RawArticle;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One test per phenomenon, on sentences written for the purpose: the rules alone, without the learned gate. */
class ExtractionRulesTest {

    static Extractor extractor;
    static final ArticleNormalizer normalizer = new ArticleNormalizer(Clock.systemUTC());

    @BeforeAll
    static void load() {
        extractor = Extractor.rulesOnly();
    }

    static List<AgreementEvent> extract(String body, String published) {
        return extractor.extract(normalizer.normalize(new RawArticle(null, null, body, null, published, null)));
    }

    static AgreementEvent one(String body) {
        List<AgreementEvent> events = extract(body, "2023-03-15");
        assertEquals(1, events.size(), () -> "events of «" + body + "»: " + events);
        return events.get(0);
    }

    static void none(String body) {
        List<AgreementEvent> events = extract(body, "2023-03-15");
        assertEquals(0, events.size(), () -> "expected no event in «" + body + "»: " + events);
    }

    static Set<String> countries(AgreementEvent e) {
        return e.parties().stream().map(Party::country).collect(Collectors.toSet());
    }

    static Set<String> names(AgreementEvent e) {
        return e.parties().stream().map(Party::name).collect(Collectors.toSet());
    }

    @Test
    void aWordTheArticleCapitalisesMidSentenceIsANameAtASentencesStart() {
        String body =
                "Bids for the courier firm came from two buyout groups, and a sale of Purolator now looks near.\n\n"
                        + "Purolator agreed on Friday to a 35 dlr a share offer from Hutton.";
        List<AgreementEvent> events = extract(body, "1987-03-02");
        assertEquals(1, events.size(), () -> "events: " + events);
        assertEquals(
                List.of("Purolator", "Hutton"),
                events.get(0).parties().stream().map(Party::name).toList());
        // alone, the tagger takes the opening word for a common noun and the sentence has one side
        assertEquals(
                List.of(), extract("Purolator agreed on Friday to a 35 dlr a share offer from Hutton.", "1987-03-02"));
        // a word capitalised only inside a longer name ("Independent News & Media") is not a name of its own
        assertEquals(
                Set.of("Purolator", "Independent"),
                ActorFinder.namesInArticle(
                        "A sale of Purolator by the publishing group Independent News & Media, said one."));
    }

    @Test
    void wireCopysLeadIsTheDatelineDaysNews() {
        String lead =
                "    BRUSSELS, June 18 - Sandvik AB and Diamant Boart SA have finalised negotiations on merging their drilling tools businesses.\n"
                        + "    The venture will employ 1,200 people, Sandvik AB said.";
        List<AgreementEvent> events = extract(lead, "1987-06-19");
        assertEquals(1, events.size(), () -> "events: " + events);
        assertEquals("1987-06-18", events.get(0).date());
        assertEquals("BRUSSELS, June 18", events.get(0).dateText());
        // the same sentence later in the article says nothing of when
        List<AgreementEvent> later = extract(
                "    BRUSSELS, June 18 - Drilling tools prices rose again this spring.\n"
                        + "    Sandvik AB and Diamant Boart SA have finalised negotiations on merging their drilling tools businesses.",
                "1987-06-19");
        assertEquals(1, later.size(), () -> "events: " + later);
        assertEquals(null, later.get(0).date());
    }

    @Test
    void coordinatedSubjectsAgree() {
        AgreementEvent e = one("Brazil and Argentina agreed on Monday to lower tariffs on steel.");
        assertEquals(Set.of("BRA", "ARG"), countries(e));
        assertEquals("agreed", e.status());
    }

    @Test
    void signedWithAnObject() {
        AgreementEvent e = one("Kenya signed a trade pact with Ethiopia in Nairobi on Friday.");
        assertEquals(Set.of("KEN", "ETH"), countries(e));
        assertEquals("signed", e.status());
        assertEquals("057", e.cameo());
        assertEquals("trade pact", e.subject());
    }

    @Test
    void betweenTwoSides() {
        AgreementEvent e = one("The agreement between Japan and Australia covers liquefied gas supplies.");
        assertEquals(Set.of("JPN", "AUS"), countries(e));
    }

    @Test
    void possessiveDealWith() {
        AgreementEvent e = one("Vietnam's deal with South Korea was finalised last week.");
        assertEquals(Set.of("VNM", "KOR"), countries(e));
    }

    @Test
    void metAndAgreedToSignIsIntent() {
        AgreementEvent e =
                one("Officials of Poland and Lithuania met in Vilnius and agreed to sign a border treaty next month.");
        assertEquals(Set.of("POL", "LTU"), countries(e));
        assertEquals("intent", e.status());
    }

    @Test
    void demonymsAndCapitalsResolveToCountries() {
        AgreementEvent e = one("Emirati and Azeri officials signed a memorandum on renewable energy.");
        assertEquals(Set.of("ARE", "AZE"), countries(e));
        AgreementEvent capitals = one("Moscow and Beijing agreed to expand their energy partnership.");
        assertEquals(Set.of("RUS", "CHN"), countries(capitals));
    }

    @Test
    void governmentBodyTakesItsCountryFromThePossessive() {
        AgreementEvent e = one("Turkey's Ministry of Energy signed a supply contract with Gazprom.");
        Party ministry = e.parties().stream()
                .filter(p -> p.name().equals("Ministry of Energy"))
                .findFirst()
                .orElseThrow();
        assertEquals("TUR", ministry.country());
        assertEquals("government", ministry.kind());
        Party gazprom = e.parties().stream()
                .filter(p -> p.name().equals("Gazprom"))
                .findFirst()
                .orElseThrow();
        assertEquals("RUS", gazprom.country());
        assertEquals("company", gazprom.kind());
    }

    @Test
    void unknownCompaniesStayPartiesWithoutACountry() {
        AgreementEvent e = one("Zentrix Robotics signed a licensing agreement with Halvorsen Dynamics on Tuesday.");
        assertEquals(Set.of("Zentrix Robotics", "Halvorsen Dynamics"), names(e));
        e.parties().forEach(p -> assertNull(p.country()));
    }

    @Test
    void internationalBodiesAreParties() {
        AgreementEvent e =
                one("The European Union and Mercosur concluded a free trade agreement after two decades of talks.");
        assertTrue(countries(e).contains("IGOEEC"), e.parties().toString());
    }

    @Test
    void negationIsRejection() {
        assertEquals(
                "rejected",
                one("Serbia did not sign the agreement with Kosovo, officials said.")
                        .status());
        assertEquals(
                "rejected",
                one("Sudan and South Sudan failed to agree on oil transit fees.")
                        .status());
        assertEquals(
                "rejected",
                one("Colombia rejected a peace proposal from the rebels of the ELN.")
                        .status());
    }

    @Test
    void suspensionAndWithdrawal() {
        assertEquals(
                "suspended",
                one("Russia suspended its participation in the New START treaty with the United States.")
                        .status());
        assertEquals(
                "suspended",
                one("Hamas and Israel violated the truce within hours.").status());
    }

    @Test
    void talksAreNegotiating() {
        // talks towards an agreement (the guidelines' "under negotiation"), not a meeting that only "held talks"
        AgreementEvent e = one("India and Pakistan opened negotiations on a water-sharing agreement in Islamabad.");
        assertEquals("negotiating", e.status());
        assertEquals("046", e.cameo());
        assertEquals("CONSULT", e.plover().event());
    }

    @Test
    void offersAreProposals() {
        assertEquals(
                "proposed",
                one("Norway offered to host talks between Venezuela and its opposition.")
                        .status());
    }

    @Test
    void hypotheticalsLowerConfidence() {
        // confidence is the learned gate's probability: the rules alone give every candidate 1
        Extractor gated = new Extractor();
        double firm = gated.extract(normalizer.normalize(new RawArticle(
                        null, null, "Chile and Peru signed a fisheries agreement.", null, "2023-03-15", null)))
                .get(0)
                .confidence();
        double maybe = gated.extract(normalizer.normalize(new RawArticle(
                        null,
                        null,
                        "Chile and Peru could sign a fisheries agreement if talks go well.",
                        null,
                        "2023-03-15",
                        null)))
                .get(0)
                .confidence();
        assertTrue(maybe < firm, maybe + " < " + firm);
    }

    @Test
    void lookAlikesAreNotAgreements() {
        none("Rossiya Segodnya is an official media partner of the forum.");
        none("Germany and France are partner countries in many research programmes.");
        none("The minister said he was in agreement with the statement of the president.");
        none("Spain and Italy must deal with the problem of migration together.");
        none("There are signs of recovery in Japan and South Korea.");
        none("Microsoft will acquire Nuance Communications in a deal worth $19.7 billion.");
    }

    @Test
    void pastWeekdayIsOnOrBeforeTheReference() {
        AgreementEvent past = extract("Egypt and Jordan signed a gas deal on Tuesday.", "2023-03-15")
                .get(0);
        assertEquals("2023-03-14", past.date());
        assertEquals("on Tuesday", past.dateText());
        AgreementEvent future = extract("Egypt and Jordan will sign a gas deal on Tuesday.", "2023-03-15")
                .get(0);
        assertEquals("2023-03-21", future.date());
    }

    @Test
    void relativeAndCalendarDates() {
        // reported as news (a bare "agreed last week" with nothing else sits on the gate's boundary: see MentionGate)
        AgreementEvent lastWeek = extract(
                        "Ghana and Togo agreed last week to reopen the border, the two governments said in a joint statement.",
                        "2023-03-15")
                .get(0);
        assertEquals("2023-03-06", lastWeek.date());
        assertEquals("week", lastWeek.datePrecision());
        AgreementEvent month = extract("Ghana and Togo signed a border accord in July.", "2023-03-15")
                .get(0);
        assertEquals("2022-07-01", month.date());
        assertEquals("month", month.datePrecision());
        AgreementEvent explicit = extract("Ghana and Togo signed a border accord on 4 February 2021.", "2023-03-15")
                .get(0);
        assertEquals("2021-02-04", explicit.date());
        AgreementEvent unknown = extract("Ghana and Togo signed a border accord on Friday.", null)
                .get(0);
        assertNull(unknown.date());
        assertEquals("on Friday", unknown.dateText());
    }

    @Test
    void speakerWithTitle() {
        AgreementEvent e = one(
                "Indonesia and Malaysia agreed to cooperate on palm oil, Indonesian Trade Minister Zulkifli Hasan told reporters.");
        assertEquals("Zulkifli Hasan", e.speaker().name());
        assertTrue(e.speaker().title().contains("Trade Minister"));
    }

    @Test
    void headlineAndBodyMentionsMergeIntoOneEvent() {
        List<AgreementEvent> events = extract(
                "Greece and Cyprus signed a defence cooperation agreement on Monday. "
                        + "The agreement between Greece and Cyprus covers joint exercises and arms procurement.",
                "2023-03-15");
        assertEquals(1, events.size(), events::toString);
        assertEquals(2, events.get(0).evidence().size());
        assertEquals("military", events.get(0).plover().context());
    }

    @Test
    void theSidesRefersToThePreviousSentence() {
        AgreementEvent e = one(
                "Armenian and Azerbaijani delegations met in Brussels. The sides agreed to continue the border demarcation.");
        assertEquals(Set.of("ARM", "AZE"), countries(e));
    }

    @Test
    void eventIdIsDeterministicAndOffsetsPointIntoTheBody() {
        String body = "Canada and Mexico signed an energy agreement in Ottawa on Monday.";
        AgreementEvent a = extract(body, "2023-03-15").get(0);
        AgreementEvent b = extract(body, "2023-03-15").get(0);
        assertEquals(a.id(), b.id());
        assertEquals(body, a.evidence().get(0).text());
        assertEquals(0, a.evidence().get(0).start());
        assertEquals(body.length(), a.evidence().get(0).end());
    }

    @Test
    void opinionsAreNotAgreements() {
        none("Analysts at Barclays and HSBC agreed that the merger made little sense for shareholders.");
        none("Asked whether Britain should leave, the French minister agreed: \"We need a new approach.\"");
        none("Portugal's finance minister said he agreed with Spain's view on the euro.");
        none("Kenya and Uganda agree it would be better to wait for the rains.");
    }

    @Test
    void conditionsHopesAndFailuresAreNotDevelopments() {
        none("If Alstom and Siemens agree a deal, the regulators will look at it closely.");
        none("Without a new agreement, Fiat and the unions expect job losses at the Turin plant.");
        none("There is little chance of an agreement between Greece and Turkey this year.");
        none("Toyota and the union have not yet reached an agreement on pay.");
        none("Halliburton failed to win a contract from the Kuwaiti government.");
    }

    @Test
    void securitiesDealingAndHostileBidsAreNotAgreements() {
        none("Morgan Stanley and Nomura co-managed the deal for the Swedish utility Vattenfall.");
        none("Acme Holdings launched a hostile bid for Beta Industries on Monday.");
        none("Gamma Mining made a tender offer for all shares of Delta Metals.");
    }

    @Test
    void anAgreementCitedAsBackgroundIsNotAnEvent() {
        none("Under the 1992 fisheries accord, Norway and Iceland share the herring stock.");
        none("The European Convention on Human Rights binds Britain and France alike.");
        // the same accord renewed is news
        AgreementEvent e = one("Norway and Iceland renewed the Herring Accord in Oslo on Monday.");
        assertEquals(Set.of("NOR", "ISL"), countries(e));
    }

    @Test
    void sportsResultsAreNotAgreements() {
        none("Chelsea sealed a semi-final place with a 2-0 win over Arsenal.");
        none("Henry struck the post twice before Liverpool equalised against Everton.");
        // a player's contract with a club is an agreement
        AgreementEvent e = one("On Friday, Arsenal signed a new four-year contract with Jose Antonio Reyes.");
        assertEquals("signed", e.status());
    }

    @Test
    void workingWithSomeoneIsARelationNotAnAgreement() {
        none("The producer worked with Bjork and Radiohead in the 1990s.");
        AgreementEvent e = one(
                "Spain and Morocco will work together with each other under a new fisheries agreement signed in Rabat.");
        assertEquals(Set.of("ESP", "MAR"), countries(e));
    }

    @Test
    void aBareMentionOfTheDealStartsNoEventOfItsOwn() {
        none("The deal was criticised by fund managers at Fidelity and Schroders.");
        // naming the sides with it is not a bare mention
        one("The agreement between Chile and Peru covers fishing rights.");
    }

    @Test
    void agreeingToBuyIsAnAgreementNotAnIntent() {
        AgreementEvent e = one("Vodafone agreed to buy a stake in Safaricom from Telkom Kenya for $500m.");
        assertEquals("agreed", e.status());
    }

    @Test
    void aGovernmentIsTheLastNamedCountrysAndUnnamedItIsNoSide() {
        AgreementEvent e = one(
                "Indonesia's oil minister met Exxon executives. The government signed a gas contract with Exxon on Monday.");
        assertTrue(
                e.parties().stream().anyMatch(p -> "IDN".equals(p.actor())),
                () -> e.parties().toString());
        none("The government signed a gas contract with the city on Monday.");
    }

    @Test
    void aSurnameIsThePersonTheArticleNamedInFull() {
        List<AgreementEvent> events = extract(
                "Tony Blair visited Ankara on Monday.\n\nMr Blair and Turkey signed an education agreement.",
                "2023-03-15");
        assertEquals(1, events.size(), events::toString);
        assertEquals(
                Set.of("GBR", "TUR"),
                events.get(0).parties().stream().map(Party::actor).collect(Collectors.toSet()));
    }

    @Test
    void capitalisedCommonWordsAndModifiersAreNoSides() {
        none("Fiat signed a loan agreement with European banks on Monday.");
        none("Sky signed a TV rights deal on Monday.");
        none("Holcim agreed to buy UK-based aggregates firms.");
    }
}
