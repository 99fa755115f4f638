package io.accord.ingest;

/** Input that cannot be an article; {@code field} names the offending field when there is one. */
public class InvalidArticleException extends RuntimeException {

    private final String field;

    public InvalidArticleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
