package io.accord.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
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

    private final ArticleNormalizer normalizer = new ArticleNormalizer(Clock.systemUTC());

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
        List<NormalizedArticle> articles = ArticleParser.parseBody(ArticleParser.decodeUtf8(body), mediaType).stream()
                .map(normalizer::normalize).toList();
        return Uni.join().all(articles.stream().map(publisher::publish).toList()).andFailFast()
                .map(ok -> Response.accepted(Map.of("ids", articles.stream().map(NormalizedArticle::id).toList())).build())
                .onFailure().recoverWithItem(f -> Problem.response(503, "Service Unavailable",
                        "Kafka did not acknowledge the articles; nothing was accepted, retry later", null));
    }
}
