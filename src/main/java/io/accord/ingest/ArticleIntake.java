package io.accord.ingest;

import io.accord.model.NormalizedArticle;
import io.accord.model.RawArticle;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one way in for articles, whatever brings them: a record on {@code articles}, a {@code POST /articles} body, a
 * line or a file of the batch command, a record the {@code publish} command is about to send. Each goes through the
 * same size limit, parsing and normalisation, and is counted the same way. Plain Java: the services and the commands
 * share it.
 */
public final class ArticleIntake {

    /** What is counted: articles received (refused ones included), and those refused, by why. */
    public interface Counts {
        void received(String via, int articles);

        void refused(String via, InvalidArticleException why);

        Counts NONE = new Counts() {
            @Override
            public void received(String via, int articles) {}

            @Override
            public void refused(String via, InvalidArticleException why) {}
        };
    }

    private final ArticleNormalizer normalizer;
    private final long maxBytes;
    private final Counts counts;

    public ArticleIntake(ArticleNormalizer normalizer, long maxBytes, Counts counts) {
        this.normalizer = normalizer;
        this.maxBytes = maxBytes;
        this.counts = counts;
    }

    /** One Kafka record: one article (JSON, or raw text). */
    public NormalizedArticle record(byte[] value, String via) {
        return counted(via, () -> normalizer.normalize(parseRecord(value)));
    }

    /**
     * One record about to be published to {@code articles} (the {@code publish} command): the limit and parsing that
     * ingest will apply, so that the publisher hears of a bad record, not only the dead-letter topic. Not normalised:
     * ingest does that.
     */
    public RawArticle check(byte[] value, String via) {
        return counted(via, () -> parseRecord(value));
    }

    private RawArticle parseRecord(byte[] value) {
        if (value != null && value.length > maxBytes) {
            throw new ArticleTooLargeException("record of " + value.length + " bytes exceeds the limit of " + maxBytes);
        }
        return ArticleParser.parseRecord(value);
    }

    /**
     * A request body of one article or many ({@code mediaType}: JSON object or array, NDJSON, text) in {@code charset}
     * (null: UTF-8). The whole request is refused, and counted once, if any of it is not an article.
     */
    public List<NormalizedArticle> body(byte[] body, String mediaType, String charset, String via) {
        try {
            if (body.length > maxBytes) {
                throw new ArticleTooLargeException("the body is " + body.length + " bytes; the limit is " + maxBytes);
            }
            List<NormalizedArticle> articles = ArticleParser.parseBody(decode(body, charset), mediaType).stream()
                    .map(normalizer::normalize)
                    .toList();
            counts.received(via, articles.size());
            return articles;
        } catch (InvalidArticleException e) {
            counts.received(via, 1);
            counts.refused(via, e);
            throw e;
        }
    }

    /** One JSONL line of the batch command. */
    public NormalizedArticle line(String jsonLine, String via) {
        return counted(via, () -> normalizer.normalize(ArticleParser.fromJsonLine(jsonLine)));
    }

    /** A whole file of plain text as one article: first line the title, an optional dateline. */
    public NormalizedArticle text(String text, String via) {
        return counted(via, () -> normalizer.normalize(new RawArticle(null, null, text, null, null, null)));
    }

    private <T> T counted(String via, Supplier<T> read) {
        counts.received(via, 1);
        try {
            return read.get();
        } catch (InvalidArticleException e) {
            counts.refused(via, e);
            throw e;
        }
    }

    /** UTF-8 unless the request names another charset; bytes that are not text in it are refused. */
    private static String decode(byte[] body, String charset) {
        if (charset == null) {
            return ArticleParser.decodeText(body);
        }
        if (charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8")) {
            return ArticleParser.decodeUtf8(body);
        }
        try {
            return new String(body, Charset.forName(charset));
        } catch (RuntimeException e) {
            throw new InvalidArticleException(null, "unknown charset '" + charset + "'");
        }
    }
}
