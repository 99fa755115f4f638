package io.accord.extraction.reader;

import io.accord.extraction.LanguagePipeline;
import io.accord.model.NormalizedArticle;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Passages of an article: every sentence of the body, each with the title and the sentence before it as context
 * (where a side is often named: "Nokia ... It agreed to ..."), cut to the encoder's window.
 */
public final class PassageSplitter {

    public static final int MAX_TOKENS = 128;
    static final int MAX_TITLE = 24;
    static final int MAX_CONTEXT = 32;

    private final LanguagePipeline language;
    private final WordPieceTokenizer tokenizer;

    public PassageSplitter(LanguagePipeline language, WordPieceTokenizer tokenizer) {
        this.language = language;
        this.tokenizer = tokenizer;
    }

    /** The body's sentences, in order. */
    public List<Span> sentences(NormalizedArticle article) {
        return language.sentences(article.body());
    }

    public List<Passage> passages(NormalizedArticle article) {
        return passages(article, sentences(article));
    }

    public List<Passage> passages(NormalizedArticle article, List<Span> sentences) {
        String title = article.title() == null ? "" : article.title();
        String body = article.body();
        List<WordPieceTokenizer.Token> titleTokens = tokenizer.tokenize(title);
        if (titleTokens.size() > MAX_TITLE) {
            titleTokens = titleTokens.subList(0, MAX_TITLE);
        }
        List<Passage> out = new ArrayList<>();
        List<WordPieceTokenizer.Token> previous = List.of();
        for (int s = 0; s < sentences.size(); s++) {
            Span span = sentences.get(s);
            List<WordPieceTokenizer.Token> sentence = tokenizer.tokenize(body, span.getStart(), span.getEnd());
            List<WordPieceTokenizer.Token> context = previous.size() > MAX_CONTEXT
                    ? previous.subList(previous.size() - MAX_CONTEXT, previous.size())
                    : previous;
            int room = MAX_TOKENS - 3 - titleTokens.size() - context.size();
            List<WordPieceTokenizer.Token> kept = sentence.size() > room ? sentence.subList(0, room) : sentence;
            List<int[]> tokens = new ArrayList<>(MAX_TOKENS);
            tokens.add(new int[] {WordPieceTokenizer.CLS, Passage.SPECIAL, -1, -1});
            titleTokens.forEach(t -> tokens.add(new int[] {t.id(), Passage.TITLE, t.start(), t.end()}));
            tokens.add(new int[] {WordPieceTokenizer.SEP, Passage.SPECIAL, -1, -1});
            context.forEach(t -> tokens.add(new int[] {t.id(), Passage.CONTEXT, t.start(), t.end()}));
            kept.forEach(t -> tokens.add(new int[] {t.id(), Passage.SENTENCE, t.start(), t.end()}));
            tokens.add(new int[] {WordPieceTokenizer.SEP, Passage.SPECIAL, -1, -1});
            out.add(Passage.of(s, span.getStart(), span.getEnd(), tokens));
            previous = sentence;
        }
        return out;
    }
}
