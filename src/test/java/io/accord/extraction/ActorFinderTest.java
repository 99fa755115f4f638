package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accord.extraction.LanguagePipeline.Tokens;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sides {@link ActorFinder} finds in one tagged sentence, built and called as the extractor does. */
class ActorFinderTest {

    private static LanguagePipeline pipeline;
    private static Gazetteer gazetteer;
    private static ActorFinder finder;

    @BeforeAll
    static void loadModels() {
        pipeline = new LanguagePipeline();
        gazetteer = Gazetteer.load();
        finder = new ActorFinder(gazetteer);
    }

    /** The actors of a one-sentence body. */
    private static List<Actor> find(String body) {
        List<Span> sentences = pipeline.sentences(body);
        assertEquals(1, sentences.size());
        Tokens t = pipeline.tag(body, sentences.get(0));
        return finder.find(body, t, gazetteer.find(body), ActorFinder.namesInArticle(body));
    }

    private static Actor actor(
            String body, String span, String name, String country, String sector, String kind, boolean known) {
        int start = body.indexOf(span);
        return new Actor(start, start + span.length(), name, country, sector, kind, known);
    }

    private static List<String> keys(List<Actor> actors) {
        return actors.stream().map(a -> a.toParty().actor()).toList();
    }

    @Test
    void aStateLendsItsCountryToTheMinistryItOwns() {
        String body =
                "Officials said Norway's Ministry of Fisheries signed a quota deal with Kestrel Holdings on Tuesday.";
        List<Actor> actors = find(body);
        assertEquals(
                List.of(
                        actor(
                                body,
                                "Norway's Ministry of Fisheries",
                                "Ministry of Fisheries",
                                "NOR",
                                "GOV",
                                "government",
                                true),
                        actor(body, "Kestrel Holdings", "Kestrel Holdings", null, "BUS", "company", false)),
                actors);
        assertEquals(List.of("NOR", "org:kestrel"), keys(actors));
    }

    @Test
    void aDemonymBeforeADescribedCompanyGivesItItsCountry() {
        String body = "The Brazilian state oil company Kestrel Petroleo agreed to supply fuel to Ghana.";
        List<Actor> actors = find(body);
        assertEquals(
                List.of(
                        actor(body, "Kestrel Petroleo", "Kestrel Petroleo", "BRA", null, "organization", true),
                        actor(body, "Ghana", "Ghana", "GHA", "GOV", "country", true)),
                actors);
        assertEquals(List.of("org:kestrel-petroleo", "GHA"), keys(actors));
    }

    @Test
    void stateCompaniesAreSidesOfTheirOwnAndTheOutletReportingIsNone() {
        String body = "Gazprom and Rosneft signed a pipeline accord with the Finnish government, Reuters reported.";
        List<Actor> actors = find(body);
        assertEquals(
                List.of(
                        actor(body, "Gazprom", "Gazprom", "RUS", "BUS", "company", true),
                        actor(body, "Rosneft", "Rosneft", "RUS", "BUS", "company", true),
                        actor(body, "Finnish government", "Finnish government", "FIN", "GOV", "government", true)),
                actors);
        assertEquals(List.of("org:gazprom", "org:rosneft", "FIN"), keys(actors));
    }

    @Test
    void theChiefExecutiveOfACompanyIsNoSecondSide() {
        String body = "Kestrel Holdings chief executive Amara Wanjiru signed the contract with Tessaly Bank.";
        assertEquals(
                List.of(
                        actor(body, "Kestrel Holdings", "Kestrel Holdings", null, "BUS", "company", false),
                        actor(body, "Tessaly Bank", "Tessaly Bank", null, "BUS", "company", false)),
                find(body));
    }

    @Test
    void aCompanySpeakingForItselfAndAStatesNavyAreBothSides() {
        String body = "Kestrel said it had won an order from the Chilean navy.";
        assertEquals(
                List.of(
                        actor(body, "Kestrel", "Kestrel", null, null, "organization", false),
                        actor(body, "Chilean navy", "Chilean navy", "CHL", "MIL", "military", true)),
                find(body));
    }

    @Test
    void aTitleCaseHeadlineYieldsOnlyTheNamesTheGazetteerKnows() {
        String body = "Kenya And Ghana Sign Kestrel Ferry Contract";
        assertEquals(
                List.of(
                        actor(body, "Kenya", "Kenya", "KEN", "GOV", "country", true),
                        actor(body, "Ghana", "Ghana", "GHA", "GOV", "country", true)),
                find(body));
    }

    @Test
    void aGroupOfLendersIsASideThoughUnnamed() {
        String body = "Ghana's finance ministry agreed a loan with a group of foreign banks.";
        assertEquals(
                List.of(
                        actor(body, "Ghana", "Ghana", "GHA", "GOV", "country", true),
                        actor(
                                body,
                                "group of foreign banks",
                                "a group of foreign banks",
                                null,
                                null,
                                "organization",
                                false)),
                find(body));
    }

    @Test
    void wordsCapitalisedMidSentenceAndNeverWrittenInLowerCaseAreNamesOfTheArticle() {
        String body = "Shares of Kestrel rose. Analysts said the Harbour levy and the harbour fees differ.";
        assertEquals(Set.of("Kestrel"), ActorFinder.namesInArticle(body));
    }
}
