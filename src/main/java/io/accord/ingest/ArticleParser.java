package io.accord.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accord.model.RawArticle;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of a Kafka record or an HTTP body into raw articles: a JSON object, a JSON array, NDJSON, or plain
 * text taken as the body of one article. Plain Java, shared by the Kafka consumer, the HTTP endpoint and the batch
 * command.
 */
public final class ArticleParser {

    private static final List<String> STRING_FIELDS =
            List.of("url", "title", "body", "text", "source", "published", "language", "id");
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // deeply nested or huge documents must fail fast instead of exhausting the stack
        JSON.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(32).build());
    }

    private ArticleParser() {}

    /**
     * Text in no declared charset: the charset a web page declares in its head, else strict UTF-8. JSON is UTF-8
     * whatever a page inside it declares.
     */
    public static String decodeText(byte[] bytes) {
        Optional<Charset> page = startsLikeJson(bytes) ? Optional.empty() : PageCharset.declared(bytes);
        return page.isPresent() ? new String(bytes, page.get()) : decodeUtf8(bytes);
    }

    private static boolean startsLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    /** Decodes strict UTF-8; invalid byte sequences are rejected rather than silently replaced. */
    public static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException(null, "not valid UTF-8 text");
        }
    }

    /** One Kafka record: a JSON object, or plain text. */
    public static RawArticle parseRecord(byte[] value) {
        if (value == null) {
            throw new InvalidArticleException("body", "empty record");
        }
        String text = decodeText(value);
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            return fromJson(readTree(trimmed));
        }
        if (trimmed.startsWith("[")) {
            throw new InvalidArticleException(null, "a Kafka record holds one article, not a JSON array");
        }
        return plainText(text);
    }

    /** An HTTP body of the given media type: JSON object or array, NDJSON, plain text or a web page. */
    public static List<RawArticle> parseBody(String body, String mediaType) {
        if (mediaType.startsWith("text/plain") || mediaType.startsWith("text/html")) {
            return List.of(plainText(body));
        }
        if (mediaType.startsWith("application/x-ndjson")) {
            List<RawArticle> out = new ArrayList<>();
            String[] lines = body.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                try {
                    out.add(fromJson(readTree(lines[i])));
                } catch (InvalidArticleException e) {
                    throw new InvalidArticleException(
                            e.field() == null ? "line " + (i + 1) : "line " + (i + 1) + ": " + e.field(),
                            "line " + (i + 1) + ": " + e.getMessage());
                }
            }
            if (out.isEmpty()) {
                throw new InvalidArticleException("body", "no articles in the request");
            }
            return out;
        }
        JsonNode root = readTree(body.strip());
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw new InvalidArticleException("body", "no articles in the request");
            }
            List<RawArticle> out = new ArrayList<>();
            for (int i = 0; i < root.size(); i++) {
                try {
                    out.add(fromJson(root.get(i)));
                } catch (InvalidArticleException e) {
                    throw new InvalidArticleException(
                            "[" + i + "]" + (e.field() == null ? "" : "." + e.field()),
                            "item " + i + ": " + e.getMessage());
                }
            }
            return out;
        }
        return List.of(fromJson(root));
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(null, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** One JSON line of a batch file. */
    public static RawArticle fromJsonLine(String line) {
        return fromJson(readTree(line));
    }

    static RawArticle fromJson(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidArticleException(null, "an article must be a JSON object");
        }
        for (String field : STRING_FIELDS) {
            JsonNode value = object.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                throw new InvalidArticleException(field, "'" + field + "' must be a string");
            }
        }
        String body = text(object, "body");
        if (body == null || body.isBlank()) {
            body = text(object, "text");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidArticleException("body", "'body' (or 'text') is required and must not be blank");
        }
        return new RawArticle(
                text(object, "url"),
                text(object, "title"),
                body,
                text(object, "source"),
                text(object, "published"),
                text(object, "language"));
    }

    private static RawArticle plainText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidArticleException("body", "the article text is empty");
        }
        return new RawArticle(null, null, text, null, null, null);
    }

    private static String text(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
