package io.accord.api;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.accord.app.AccordConfig;
import io.accord.ingest.ArticleNormalizer;
import io.accord.ingest.ArticleParser;
import io.accord.ingest.ArticlePublisher;
import io.accord.model.NormalizedArticle;
import io.smallrye.mutiny.Uni;

/** POST /articles: the ingest service over HTTP. 202 only once Kafka has acknowledged every article. */
@Path("/articles")
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";

    @Inject
    ArticlePublisher publisher;

    @Inject
    AccordConfig config;

    @Inject
    Provider<ArticleNormalizer> normalizer;

    /** UTF-8 unless the request names another charset; bytes that are not text in it are a 400. */
    private static String decode(byte[] body, MediaType type) {
        String charset = type == null ? null : type.getParameters().get("charset");
        if (charset == null || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8")) {
            return ArticleParser.decodeUtf8(body);
        }
        try {
            return new String(body, java.nio.charset.Charset.forName(charset));
        } catch (RuntimeException e) {
            throw new io.accord.ingest.InvalidArticleException(null, "unknown charset '" + charset + "'");
        }
    }

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, NDJSON, MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> submit(byte[] body, HttpHeaders headers) {
        if (body.length > config.ingest().maxBodyBytes()) {
            return Uni.createFrom().item(Problem.response(413, "Payload Too Large",
                    "the body is " + body.length + " bytes; the limit is " + config.ingest().maxBodyBytes(), "body"));
        }
        String mediaType = headers.getMediaType() == null ? MediaType.APPLICATION_JSON
                : headers.getMediaType().getType() + "/" + headers.getMediaType().getSubtype();
        List<NormalizedArticle> articles = ArticleParser.parseBody(decode(body, headers.getMediaType()), mediaType).stream()
                .map(normalizer.get()::normalize).toList();
        return Uni.join().all(articles.stream().map(publisher::publish).toList()).andFailFast()
                .map(ok -> Response.accepted(Map.of("ids", articles.stream().map(NormalizedArticle::id).toList())).build())
                .onFailure().recoverWithItem(f -> Problem.response(503, "Service Unavailable",
                        "Kafka did not acknowledge the articles in time; retry later (an article keeps its id, so a retry stores nothing twice)", null));
    }
}
