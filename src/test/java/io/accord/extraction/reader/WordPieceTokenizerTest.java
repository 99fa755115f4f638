package io.accord.extraction.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BERT's uncased WordPiece on the base encoder's own tokenizer.json: ids as BERT gives them, offsets into the text. */
class WordPieceTokenizerTest {

    private static final WordPieceTokenizer TOKENIZER = BaseEncoder.tokenizer();

    @Test
    void wordsPunctuationPiecesAndAccentsAsBertCutsThem() {
        List<WordPieceTokenizer.Token> tokens = TOKENIZER.tokenize("Hello world, unaffable Café!");
        assertEquals(
                List.of(7592, 2088, 1010, 14477, 20961, 3468, 7668, 999),
                tokens.stream().map(WordPieceTokenizer.Token::id).toList());
        assertEquals(30522, TOKENIZER.vocabularySize());
    }

    @Test
    void offsetsPointBackIntoTheText() {
        String text = "  Nokia agreed (on Monday) to sell.";
        List<WordPieceTokenizer.Token> tokens = TOKENIZER.tokenize(text);
        assertEquals(
                "Nokia", text.substring(tokens.get(0).start(), tokens.get(0).end()));
        assertEquals("(", text.substring(tokens.get(2).start(), tokens.get(2).end()));
        assertEquals(
                "Monday", text.substring(tokens.get(4).start(), tokens.get(4).end()));
        List<WordPieceTokenizer.Token> part = TOKENIZER.tokenize(text, 8, 14);
        assertEquals(1, part.size());
        assertEquals("agreed", text.substring(part.get(0).start(), part.get(0).end()));
    }

    @Test
    void controlCharactersGoAndAnUnknownWordIsOneUnknownToken() {
        assertEquals(List.of(), TOKENIZER.tokenize("\u0000\u0007 \t\n"));
        assertEquals(100, TOKENIZER.tokenize("\uD83D\uDE00").get(0).id());
        assertEquals("cafe", WordPieceTokenizer.fold("CAFÉ"));
    }
}
