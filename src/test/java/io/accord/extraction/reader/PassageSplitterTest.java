package io.accord.extraction.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.extraction.LanguagePipeline;
import io.accord.model.NormalizedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every sentence a passage, read with the title and the sentence before it, within the encoder's window. */
class PassageSplitterTest {

    static final PassageSplitter SPLITTER = new PassageSplitter(new LanguagePipeline(), BaseEncoder.tokenizer());

    static NormalizedArticle article(String title, String body) {
        return new NormalizedArticle(1, "art_test", null, title, body, null, null, null, null, "en", null);
    }

    @Test
    void eachSentenceWithTheTitleAndThePreviousSentence() {
        String body = "Nokia reported results on Monday. It agreed to sell its handset unit to Microsoft.";
        List<Passage> passages = SPLITTER.passages(article("Nokia sells unit", body));
        assertEquals(2, passages.size());
        Passage second = passages.get(1);
        assertEquals(body.indexOf("It agreed"), second.start());
        assertEquals(WordPieceTokenizer.CLS, second.ids()[0]);
        assertEquals(WordPieceTokenizer.SEP, second.ids()[second.size() - 1]);
        assertEquals(Passage.TITLE, second.parts()[1]);
        int firstContext = indexOf(second.parts(), Passage.CONTEXT);
        int firstSentence = indexOf(second.parts(), Passage.SENTENCE);
        assertEquals("Nokia", body.substring(second.starts()[firstContext], second.ends()[firstContext]));
        assertEquals("It", body.substring(second.starts()[firstSentence], second.ends()[firstSentence]));
        assertEquals("Nokia", second.text(1, 2, "Nokia sells unit", body));
        assertEquals(-1, indexOf(passages.get(0).parts(), Passage.CONTEXT), "the first sentence has no context");
    }

    @Test
    void aLongSentenceIsCutToTheWindow() {
        String body = "Context sentence here. " + "word ".repeat(400) + "end.";
        for (Passage p : SPLITTER.passages(article("A title", body))) {
            assertTrue(p.size() <= PassageSplitter.MAX_TOKENS, "passage of " + p.size() + " tokens");
        }
    }

    static int indexOf(int[] parts, int part) {
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == part) {
                return i;
            }
        }
        return -1;
    }
}
