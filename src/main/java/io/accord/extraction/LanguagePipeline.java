package io.accord.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP sentence splitting, tokenising and UD part-of-speech tagging, with the models loaded from the model jars on
 * the classpath (the language-code constructors would download them). The models are shared; the taggers are not
 * thread-safe, so each thread gets its own.
 */
public final class LanguagePipeline {

    private static final String MODEL_DIR = "/";
    private static final int MAX_SENTENCE = 1000;
    private static final Pattern INITIAL_END = Pattern.compile("\\s\\p{Lu}\\.$");
    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizers;
    private final ThreadLocal<POSTaggerME> taggers;

    public LanguagePipeline() {
        sentenceModel = load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        tokenizerModel = lettersUntouched(load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new));
        posModel = greedy(load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new));
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
    }

    /**
     * The same tokenizer, but a run of plain letters stays one token without asking the model, as it always did
     * here (not one of 55,000 tokens of the BBC corpus' candidate sentences differed): a quarter of the model's work.
     * Digits still go to the model, which splits "40m" into "40" "m".
     */
    private static TokenizerModel lettersUntouched(TokenizerModel model) {
        TokenizerFactory f = model.getFactory();
        return new TokenizerModel(
                model.getMaxentModel(),
                null,
                new TokenizerFactory(
                        f.getLanguageCode(), f.getAbbreviationDictionary(), true, Pattern.compile("^[A-Za-z]+$")));
    }

    /**
     * The same tagger, best tag per token instead of a beam of three sequences: the same tags on every one of the
     * BBC corpus' 55,000 candidate-sentence tokens, in less than half the time.
     */
    private static POSModel greedy(POSModel model) {
        MaxentModel maxent = model.getArtifact("pos.model");
        return new POSModel(model.getLanguage(), maxent, 1, null, model.getFactory());
    }

    /** Sentence spans of the text; paragraphs (blank-line separated) never share a sentence. */
    public List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            String paragraph = text.substring(start, end);
            Span pending = null;
            for (Span s : sentences.get().sentPosDetect(paragraph)) {
                Span span = new Span((pending != null ? pending.getStart() : s.getStart() + start), s.getEnd() + start);
                // "Sergey V. Lavrov": a middle initial does not end a sentence
                pending = INITIAL_END
                                .matcher(text.substring(span.getStart(), span.getEnd()))
                                .find()
                        ? span
                        : null;
                if (pending == null) {
                    addBounded(text, span, out);
                }
            }
            if (pending != null) {
                addBounded(text, pending, out);
            }
            start = end + 2;
        }
        return out;
    }

    /**
     * No news sentence runs to thousands of characters; a run-on line (a table, a list, garbage) is cut at spaces into
     * pieces a tagger handles in bounded time.
     */
    private static void addBounded(String text, Span span, List<Span> out) {
        int start = span.getStart();
        while (span.getEnd() - start > MAX_SENTENCE) {
            int cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
            cut = cut <= start ? start + MAX_SENTENCE : cut;
            out.add(new Span(start, cut));
            start = cut + 1;
        }
        if (start < span.getEnd()) {
            out.add(new Span(start, span.getEnd()));
        }
    }

    /** Tokens of one sentence, with offsets into the whole text, and their UD tags. */
    public Tokens tag(String text, Span sentence) {
        String s = text.substring(sentence.getStart(), sentence.getEnd());
        Span[] spans = repaired(s, tokenizers.get().tokenizePos(s));
        String[] words = new String[spans.length];
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(s).toString();
            starts[i] = spans[i].getStart() + sentence.getStart();
            ends[i] = spans[i].getEnd() + sentence.getStart();
        }
        String[] tags = taggers.get().tag(words);
        for (int i = 0; i < tags.length; i++) {
            // a word the model keeps whole but tags as two ("Shell's": PROPN+PART) is what its first part is
            int plus = tags[i].indexOf('+');
            if (plus > 0) {
                tags[i] = tags[i].substring(0, plus);
            }
        }
        return new Tokens(words, tags, starts, ends);
    }

    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");

    /**
     * Two things the tokenizer model gets wrong in news: initials before a name lose their last full stop ("E.F" "."
     * "Hutton"), and the sentence's full stop stays on its last word ("Egypt."). Words like "U.S." keep theirs.
     */
    static Span[] repaired(String s, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 1);
        for (int i = 0; i < spans.length; i++) {
            Span sp = spans[i];
            if (i + 2 < spans.length
                    && INITIALS.matcher(s.substring(sp.getStart(), sp.getEnd())).matches()
                    && spans[i + 1].getStart() == sp.getEnd()
                    && s.startsWith(".", sp.getEnd())
                    && spans[i + 1].length() == 1
                    && Character.isUpperCase(s.charAt(spans[i + 2].getStart()))) {
                out.add(new Span(sp.getStart(), spans[i + 1].getEnd()));
                i++;
            } else if (i == spans.length - 1
                    && sp.length() > 2
                    && s.charAt(sp.getEnd() - 1) == '.'
                    && s.indexOf('.', sp.getStart()) == sp.getEnd() - 1
                    && Character.isLetter(s.charAt(sp.getEnd() - 2))) {
                out.add(new Span(sp.getStart(), sp.getEnd() - 1));
                out.add(new Span(sp.getEnd() - 1, sp.getEnd()));
            } else {
                out.add(sp);
            }
        }
        return out.size() == spans.length && out.equals(List.of(spans)) ? spans : out.toArray(Span[]::new);
    }

    /** A tagged sentence. */
    public record Tokens(String[] words, String[] tags, int[] starts, int[] ends) {

        public int size() {
            return words.length;
        }

        /** Index of the token covering the character offset, or -1. */
        public int at(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            i = i >= 0 ? i : -i - 2;
            return i >= 0 && offset < ends[i] ? i : -1;
        }
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String name, ModelReader<T> reader) {
        try (InputStream in = LanguagePipeline.class.getResourceAsStream(MODEL_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
        }
    }
}
