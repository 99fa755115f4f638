package io.accord.extraction.reader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, read from a Hugging Face {@code tokenizer.json}: the text is cleaned, lower-cased
 * and stripped of accents, split on white space and punctuation, and each word cut into the longest vocabulary pieces.
 * Each token keeps the offsets of the characters it came from, so that a tagged token points back into the article.
 */
public final class WordPieceTokenizer {

    public static final int CLS = 101;
    public static final int SEP = 102;
    public static final int PAD = 0;

    /** One token: its vocabulary id and the characters [start, end) of the text it came from. */
    public record Token(int id, int start, int end) {}

    private static final int MAX_WORD_CHARS = 100;
    private final Map<String, Integer> vocab = new HashMap<>();
    private final int unknown;

    public WordPieceTokenizer(InputStream tokenizerJson) {
        try (tokenizerJson) {
            JsonNode model = new ObjectMapper().readTree(tokenizerJson).path("model");
            if (!"WordPiece".equals(model.path("type").asText())) {
                throw new IllegalArgumentException("not a WordPiece tokenizer.json: " + model.path("type"));
            }
            model.path("vocab")
                    .fields()
                    .forEachRemaining(e -> vocab.put(e.getKey(), e.getValue().asInt()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        unknown = vocab.getOrDefault("[UNK]", 100);
    }

    public int vocabularySize() {
        return vocab.size();
    }

    /** The tokens of {@code text[from, to)}, with offsets into {@code text}. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (isSpace(c) || isControl(c)) {
                i += n;
                continue;
            }
            if (isPunctuation(c) || isCjk(c)) {
                pieces(text.substring(i, i + n), i, i + n, out);
                i += n;
                continue;
            }
            int start = i;
            while (i < to) {
                int d = text.codePointAt(i);
                if (isSpace(d) || isControl(d) || isPunctuation(d) || isCjk(d)) {
                    break;
                }
                i += Character.charCount(d);
            }
            pieces(text.substring(start, i), start, i, out);
        }
        return out;
    }

    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** WordPiece: the longest piece of the vocabulary first, then "##" pieces; a word it cannot cover is [UNK]. */
    private void pieces(String word, int start, int end, List<Token> out) {
        String folded = fold(word);
        if (folded.isEmpty()) {
            return;
        }
        if (folded.length() > MAX_WORD_CHARS) {
            out.add(new Token(unknown, start, end));
            return;
        }
        List<Token> found = new ArrayList<>();
        int at = 0;
        while (at < folded.length()) {
            int stop = folded.length();
            Integer id = null;
            while (stop > at) {
                String piece = (at > 0 ? "##" : "") + folded.substring(at, stop);
                id = vocab.get(piece);
                if (id != null) {
                    break;
                }
                stop--;
            }
            if (id == null) {
                out.add(new Token(unknown, start, end));
                return;
            }
            // folding may change the length (accents go): offsets of the pieces are spread over the word's characters
            int pieceStart = start + (int) ((long) at * (end - start) / folded.length());
            int pieceEnd = start + (int) ((long) stop * (end - start) / folded.length());
            found.add(new Token(id, pieceStart, Math.max(pieceEnd, pieceStart + 1)));
            at = stop;
        }
        out.addAll(found);
    }

    /** Lower case without accents, as BertNormalizer does with lowercase on. */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        decomposed
                .codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int t = Character.getType(c);
        return c == 0 || c == 0xFFFD || t == Character.CONTROL || t == Character.FORMAT;
    }

    /** BERT's punctuation: ASCII symbols as well as Unicode's P* categories. */
    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION
                || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0xF900 && c <= 0xFAFF);
    }
}
