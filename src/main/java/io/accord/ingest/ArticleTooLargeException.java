package io.accord.ingest;

/** An article (or a request of articles) over the size limit: refused before it is read. */
public class ArticleTooLargeException extends InvalidArticleException {

    public ArticleTooLargeException(String message) {
        super("body", message);
    }
}
