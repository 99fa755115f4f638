package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.extraction.LanguagePipeline.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which tokens of a hand-tagged sentence {@link NameChunker} takes for names and where it ends each one. */
class NameChunkerTest {

    private static NameChunker chunker;

    @BeforeAll
    static void loadGazetteer() {
        chunker = new NameChunker(Gazetteer.load());
    }

    @Test
    void ofJoinsAnInstitutionToWhatItIsOf() {
        HandTagged s = HandTagged.of("The/DET Bank/PROPN of/ADP Ghana/PROPN raised/VERB rates/NOUN ./PUNCT");
        assertEquals(s.index("raised"), chunker.chunkEnd(s.tokens(), s.index("Bank")));
    }

    @Test
    void andJoinsTwoNamesOnlyBeforeAHeadWord() {
        HandTagged states = HandTagged.of("Talks/NOUN between/ADP Kenya/PROPN and/CCONJ Ghana/PROPN ended/VERB");
        assertEquals(states.index("and"), chunker.chunkEnd(states.tokens(), states.index("Kenya")));
        HandTagged firm = HandTagged.of("Shares/NOUN in/ADP Kestrel/PROPN and/CCONJ Partners/PROPN rose/VERB");
        assertEquals(firm.index("rose"), chunker.chunkEnd(firm.tokens(), firm.index("Kestrel")));
    }

    @Test
    void anAmpersandAlwaysJoins() {
        HandTagged s = HandTagged.of("Shares/NOUN in/ADP Harlow/PROPN &/CCONJ Quill/PROPN rose/VERB");
        assertEquals(s.index("rose"), chunker.chunkEnd(s.tokens(), s.index("Harlow")));
    }

    @Test
    void particlesOfNamesInOtherLanguagesJoinTheirParts() {
        HandTagged s = HandTagged.of("Loans/NOUN from/ADP Banco/PROPN do/ADP Brasil/PROPN grew/VERB");
        assertEquals(s.index("grew"), chunker.chunkEnd(s.tokens(), s.index("Banco")));
    }

    @Test
    void aLowerCaseHeadCompletesTheNameBeforeIt() {
        HandTagged s = HandTagged.of("Talks/NOUN with/ADP the/DET Kenyan/ADJ government/NOUN resumed/VERB");
        assertEquals(s.index("resumed"), chunker.chunkEnd(s.tokens(), s.index("Kenyan")));
    }

    @Test
    void aPossessiveWordEndsTheOwnerAndTheOwnedNameRunsOn() {
        HandTagged s = HandTagged.of(
                "Officials/NOUN said/VERB Norway's/PROPN Ministry/PROPN of/ADP Fisheries/PROPN agreed/VERB");
        Tokens t = s.tokens();
        int end = chunker.chunkEnd(t, s.index("Norway's"));
        assertEquals(s.index("Ministry"), end);
        assertEquals(s.index("Ministry"), NameChunker.ownedStart(t, end));
        assertEquals(s.index("agreed"), chunker.ownedEnd(t, s.index("Ministry")));
    }

    @Test
    void aSeparatePossessiveMarkPutsTheOwnedNameAfterIt() {
        HandTagged s = HandTagged.of(
                "Officials/NOUN said/VERB Norway/PROPN 's/PART Ministry/PROPN of/ADP Fisheries/PROPN agreed/VERB");
        int end = chunker.chunkEnd(s.tokens(), s.index("Norway"));
        assertEquals(s.index("'s"), end);
        assertEquals(s.index("Ministry"), NameChunker.ownedStart(s.tokens(), end));
    }

    @Test
    void aNameWithNoPossessiveOwnsNothing() {
        HandTagged s = HandTagged.of("Officials/NOUN said/VERB Norway/PROPN agreed/VERB ./PUNCT");
        assertEquals(-1, NameChunker.ownedStart(s.tokens(), s.index("agreed")));
    }

    @Test
    void aTitleCaseHeadlineLeavesNamesToTheGazetteer() {
        HandTagged headline =
                HandTagged.of("Kenya/PROPN And/CCONJ Ghana/PROPN Sign/VERB New/ADJ Trade/PROPN Pact/PROPN");
        assertEquals(headline.tokens().size(), chunker.firstToken(headline.tokens()));
        HandTagged sentence = HandTagged.of(
                "Kenya/PROPN and/CCONJ Ghana/PROPN signed/VERB a/DET new/ADJ trade/NOUN pact/NOUN ./PUNCT");
        assertEquals(0, chunker.firstToken(sentence.tokens()));
    }

    @Test
    void articlesDatesHonorificsAndWordsWithDigitsAreNoNames() {
        HandTagged s = HandTagged.of(
                "The/DET G20/PROPN met/VERB Mr/PROPN Odhiambo/PROPN on/ADP Tuesday/PROPN in/ADP March/PROPN ./PUNCT");
        Tokens t = s.tokens();
        assertFalse(chunker.isNameToken(t, s.index("The")));
        assertFalse(chunker.isNameToken(t, s.index("G20")));
        assertFalse(chunker.isNameToken(t, s.index("Mr")));
        assertTrue(chunker.isNameToken(t, s.index("Odhiambo")));
        assertFalse(chunker.isNameToken(t, s.index("Tuesday")));
        assertFalse(chunker.isNameToken(t, s.index("March")));
    }

    @Test
    void aMonthAfterAGivenNameIsASurnameAndAWordEndingInDayIsNoWeekday() {
        HandTagged s = HandTagged.of(
                "Officials/NOUN met/VERB Theresa/PROPN May/PROPN and/CCONJ Halliday/PROPN Partners/PROPN in/ADP May/PROPN"
                        + " and/CCONJ on/ADP May/PROPN 5/NUM ./PUNCT");
        Tokens t = s.tokens();
        int[] mays = java.util.stream.IntStream.range(0, t.size())
                .filter(i -> t.words()[i].equals("May"))
                .toArray();
        assertTrue(chunker.isNameToken(t, mays[0]), "Theresa May");
        assertFalse(chunker.isNameToken(t, mays[1]), "in May");
        assertFalse(chunker.isNameToken(t, mays[2]), "on May 5");
        HandTagged market = HandTagged.of(
                "The/DET London/PROPN May/PROPN price/NOUN and/CCONJ July/PROPN //SYM June/PROPN cargoes/NOUN fell/VERB");
        assertFalse(chunker.isNameToken(market.tokens(), market.index("May")), "after a place: a date");
        assertFalse(chunker.isNameToken(market.tokens(), market.index("June")), "in a span of months: a date");
        assertTrue(chunker.isNameToken(t, s.index("Halliday")));
        assertEquals(s.index("in"), chunker.chunkEnd(t, s.index("Halliday")));
    }

    @Test
    void aCapitalisedNewBeginsANameButNotBeforeAnAcronym() {
        HandTagged place = HandTagged.of("New/ADJ Zealand/PROPN signed/VERB ./PUNCT");
        assertTrue(chunker.isNameToken(place.tokens(), 0));
        HandTagged rules = HandTagged.of("New/ADJ EU/PROPN rules/NOUN apply/VERB ./PUNCT");
        assertFalse(chunker.isNameToken(rules.tokens(), 0));
    }

    @Test
    void whoeverSaysItOpensTheSentenceAsANameWhateverItsTag() {
        HandTagged saysIt = HandTagged.of("Kestrel/VERB said/VERB it/PRON would/AUX appeal/VERB ./PUNCT");
        assertTrue(chunker.isNameToken(saysIt.tokens(), 0));
        HandTagged withLegalForm = HandTagged.of("Kestrel/VERB Inc/PROPN said/VERB they/PRON agreed/VERB ./PUNCT");
        assertTrue(chunker.isNameToken(withLegalForm.tokens(), 0));
        HandTagged saysOther = HandTagged.of("Kestrel/VERB said/VERB the/DET ruling/NOUN stood/VERB ./PUNCT");
        assertFalse(chunker.isNameToken(saysOther.tokens(), 0));
    }

    @Test
    void anEditorsBracketedInsertionIsMarked() {
        HandTagged s = HandTagged.of("The/DET envoy/NOUN [/PUNCT Odhiambo/PROPN ]/PUNCT agreed/VERB ./PUNCT");
        assertTrue(NameChunker.bracketed(s.tokens(), s.index("Odhiambo")));
        assertFalse(NameChunker.bracketed(s.tokens(), s.index("agreed")));
    }
}
