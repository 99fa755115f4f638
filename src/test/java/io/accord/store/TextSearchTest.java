package io.accord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.accord.store.TextSearch.Word;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void onlyRunsWithASpaceBeforeThemStandForIndexedWords() {
        // "company" may end a longer word ("subcompany 4242"); "4242" starts one; "signed" is whole
        assertEquals(List.of(new Word("4242", true)), TextSearch.words("company 4242"));
        assertEquals(
                List.of(new Word("signed", false), new Word("a", false), new Word("grain", true)),
                TextSearch.words("peru signed a grain"));
        assertEquals(List.of(), TextSearch.words("brindlemoor"));
    }

    @Test
    void runsOfOtherCharactersAreLeftToTheLikeAlone() {
        // the index splits at every character other than a-z and 0-9: "at&t", "u.s." and "börse" are not one word there
        assertEquals(List.of(new Word("deal", false)), TextSearch.words("with at&t deal u.s. börse"));
        assertEquals(List.of(new Word("a", false)), TextSearch.words("x4 a 4x4"));
    }

    @Test
    void aSpaceAtEitherEndBoundsTheWordsThere() {
        assertEquals(List.of(new Word("company", false), new Word("4242", false)), TextSearch.words(" company 4242 "));
    }

    @Test
    void onlyRareWordsLeadTheSearch() {
        TextSearch.Frequencies known =
                TextSearch.frequencies(Map.of("rights", 0.12, "rightsholder", 0.0005, "a", 0.4, "signed", 0.05));
        assertNull(TextSearch.rareWords("fishing rights", known), "'rights…' is held by an eighth of the events");
        assertEquals("4242:*", TextSearch.rareWords("company 4242", known));
        // a word the statistics do not keep is rarer than the rarest they keep
        assertEquals("quillmere & seabed:*", TextSearch.rareWords("signed a quillmere seabed", known));
        assertNull(TextSearch.rareWords("a de", known), "a two-letter prefix stands for too many words");
        assertEquals("rightsholder", TextSearch.rareWords("the rightsholder ", known));
    }
}
