package io.accord.api;

import io.accord.ingest.ArticleIntake;
import io.accord.ingest.ArticlePublisher;
import io.accord.ingest.BrokerCircuit;
import io.accord.model.NormalizedArticle;
import io.accord.model.StoredArticle;
import io.accord.store.ArticleTexts;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** POST /articles: the ingest service over HTTP. 202 only once Kafka has acknowledged every article. */
@Path("/articles")
@Tag(
        name = "Articles",
        description = "Submit news articles to the ingest service (the same as publishing them to the articles topic)")
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    ArticlePublisher publisher;

    @Inject
    Provider<ArticleIntake> intake;

    @Inject
    ArticleTexts texts;

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One article as Accord read it",
            description = "The normalised article: its metadata and the text that every event's evidence offsets"
                    + " (start, end) index into. Served by the store, which keeps texts for accord.store.article-retention"
                    + " (365 days by default).")
    @APIResponse(
            responseCode = "200",
            description = "The article",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StoredArticle.class),
                            examples = @ExampleObject(name = "seed", value = ApiExamples.STORED_ARTICLE)))
    @APIResponse(
            responseCode = "404",
            description = "No article has this id, or its text is past the retention",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "missing", value = ApiExamples.NOT_FOUND)))
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<StoredArticle> get(
            @Parameter(description = "Article id", example = "art_5d3f0c2a9b7e4d1f8a6c") @PathParam("id") String id) {
        return texts.find(id).onItem().ifNull().failWith(NotFoundException::new);
    }

    @POST
    @Operation(
            summary = "Submit articles",
            description =
                    "One article as a JSON object, several as a JSON array or as NDJSON (one object per line), raw text "
                            + "whose first line is the title and which may start with a dateline, or a whole web page (text/html, or "
                            + "as the body of a JSON article), whose main content and metadata are read. An article has 'body' (or 'text'); "
                            + "'title', 'url', 'source', 'published' (ISO date), 'language' and 'id' are optional. The articles are "
                            + "normalised and written to Kafka; 202 comes only once Kafka has acknowledged every one of them. Events "
                            + "appear on the events topic and in GET /events shortly after. When ACCORD_API_KEY is set, send it as "
                            + "X-API-Key or Authorization: Bearer.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.OBJECT),
                        examples =
                                @ExampleObject(
                                        name = "seed",
                                        summary = "The seed article",
                                        value = ApiExamples.ARTICLE)),
                @Content(
                        mediaType = NDJSON,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "two",
                                        summary = "Two articles, one per line",
                                        value = ApiExamples.ARTICLES_NDJSON)),
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "raw",
                                        summary = "Raw text: title line, dateline, body",
                                        value =
                                                "Azeri Defense Industry Ministry Says To Sign Cooperation Deal With Rosoboronexport\n\n"
                                                        + "MOSCOW (UrduPoint News / Sputnik - 26th June, 2019) Azerbaijan's Ministry of Defense Industry met with ...")),
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "page",
                                        summary = "A whole web page: its main content and metadata are read",
                                        value =
                                                "<!doctype html><html lang=\"en\"><head><title>Pact signed | The Ledger</title>"
                                                        + "<meta property=\"article:published_time\" content=\"2012-03-14T08:30:00Z\"></head>"
                                                        + "<body><nav>…</nav><article><p>Quarrington Steel agreed on Tuesday to buy …</p></article></body></html>"))
            })
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the ids of the articles, in request order",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "accepted", value = ApiExamples.ACCEPTED)))
    @APIResponse(
            responseCode = "400",
            description = "Not an article: the problem names the offending field",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID_ARTICLE)))
    @APIResponse(
            responseCode = "401",
            description = "An API key is configured and none was sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The API key sent is wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "The body is larger than accord.ingest.max-body-bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Not JSON, NDJSON or text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description =
                    "Kafka did not acknowledge in time, or does not answer; a retry is safe (ids are deterministic), Retry-After says when",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unavailable", value = ApiExamples.UNAVAILABLE)))
    @Consumes({MediaType.APPLICATION_JSON, NDJSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> submit(byte[] body, HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        // the body is read whole on the event loop; parsing (a web page's reader view) runs on a worker thread
        return Uni.createFrom()
                .item(() -> intake.get()
                        .body(
                                body,
                                type == null ? MediaType.APPLICATION_JSON : type.getType() + "/" + type.getSubtype(),
                                type == null ? null : type.getParameters().get("charset"),
                                "http"))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(this::publish);
    }

    private Uni<Response> publish(List<NormalizedArticle> articles) {
        return Uni.join()
                .all(articles.stream().map(publisher::publish).toList())
                .andFailFast()
                .map(ok -> Response.accepted(Map.of(
                                "ids",
                                articles.stream().map(NormalizedArticle::id).toList()))
                        .build())
                .onFailure()
                .recoverWithItem(f -> Response.fromResponse(Problem.response(
                                503,
                                "Service Unavailable",
                                (f instanceof BrokerCircuit.BrokerUnavailableException
                                                ? "Kafka does not answer"
                                                : "Kafka did not acknowledge the articles in time")
                                        + "; retry later (an article keeps its id, so a retry stores nothing twice)",
                                null))
                        .header("Retry-After", RETRY_AFTER_SECONDS)
                        .build());
    }
}
