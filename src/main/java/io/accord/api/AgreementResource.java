package io.accord.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.model.Agreement;
import io.accord.model.AgreementEvent;
import io.accord.store.AgreementBroadcaster;
import io.accord.store.AgreementQuery;
import io.accord.store.AgreementRepository;
import io.accord.store.EventEntity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Agreements: one real-world agreement and every report of it, followed through its stages. */
@Path("/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Agreements",
        description = "Agreements as the store links their reports: one record per real-world agreement")
public class AgreementResource {

    @Inject
    AgreementRepository repository;

    @Inject
    AgreementBroadcaster broadcaster;

    @Inject
    ObjectMapper json;

    @Schema(description = "One page of agreements, newest report first")
    public record Page(
            @Schema(description = "The agreements of this page")
            List<Agreement> items,

            @Schema(description = "Pass as 'cursor' for the next page; null on the last page", nullable = true)
            String next) {}

    @Schema(
            description =
                    "An agreement with its reports (at most " + AgreementRepository.MAX_REPORTS + ", oldest first)")
    public record WithReports(
            @JsonUnwrapped Agreement agreement,

            @Schema(description = "The events that report it, each with its article, date, status and evidence")
            List<AgreementEvent> reports,

            @Schema(
                    description =
                            "Sentences that refer to it without reporting news of it (background, a recap), in the event's shape "
                                    + "with type 'mention'; never events")
            List<AgreementEvent> mentionedIn,

            @Schema(
                    description =
                            "Reports whose articles are versions of one story (a refiled or updated wire story, the same text under another URL), "
                                    + "each group's ids oldest first; the record's 'stories' counts such a group once")
            List<List<String>> versions) {}

    @GET
    @Operation(
            summary = "Search agreements",
            description =
                    "Agreements newest first by their last report, then id, in pages of 'limit' with a keyset cursor. "
                            + "Filters as on GET /events, matched against the agreement's parties; from/to against its date, or its "
                            + "last report's day where no report dates it. Agreements merged into another are not listed.")
    @APIResponse(
            responseCode = "200",
            description = "A page of agreements",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Page.class),
                            examples = @ExampleObject(name = "seed", value = ApiExamples.AGREEMENT_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "A parameter is malformed: the problem names it",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "limit", value = ApiExamples.INVALID_PARAMETER)))
    public Uni<Page> list(
            @Parameter(description = "A party whose name contains this text (case-insensitive)", example = "Verizon")
                    @RestQuery
                    String party,
            @Parameter(description = "A party's actor key, as on GET /events", example = "org:verizon") @RestQuery
                    String actor,
            @Parameter(description = "A party's country: ISO 3166-1 alpha-3, or an IGO code", example = "RUS")
                    @RestQuery
                    String country,
            @Parameter(
                            description = "The agreement's latest stage",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "signed",
                                                "agreed",
                                                "intent",
                                                "negotiating",
                                                "proposed",
                                                "rejected",
                                                "suspended"
                                            }),
                            example = "signed")
                    @RestQuery
                    String status,
            @Parameter(description = "Agreements dated on or after this date", example = "2019-01-01") @RestQuery
                    String from,
            @Parameter(description = "Agreements dated on or before this date", example = "2019-12-31") @RestQuery
                    String to,
            @Parameter(
                            description =
                                    "Words in one of its reports: subject, parties, speaker, article title or evidence (as q on GET /events)",
                            example = "telecoms")
                    @RestQuery
                    String q,
            @Parameter(
                            description =
                                    "true: only agreements at least one event reports; false: only those known from mentions alone",
                            schema = @Schema(type = SchemaType.BOOLEAN),
                            example = "true")
                    @RestQuery
                    String reported,
            @Parameter(description = "Page size, 1 to 200 (default 50)", example = "20") @RestQuery String limit,
            @Parameter(description = "The 'next' value of the previous page") @RestQuery String cursor) {
        int size = EventResource.limit(limit);
        AgreementQuery query = new AgreementQuery(
                EventResource.blank(party),
                EventResource.actor(actor),
                EventResource.country(country),
                EventResource.status(status),
                EventResource.date("from", from),
                EventResource.date("to", to),
                EventResource.blank(q),
                reported(reported),
                size,
                cursor(cursor));
        return repository.search(query).map(rows -> {
            boolean more = rows.size() > size;
            List<AgreementRepository.Listed> page = more ? rows.subList(0, size) : rows;
            String next = more ? encode(page.get(page.size() - 1)) : null;
            return new Page(
                    page.stream().map(a -> read(a.document(), Agreement.class)).toList(), next);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One agreement and its reports",
            description =
                    "An id once given out keeps answering: for an agreement merged into another, the one kept (whose id "
                            + "differs from the one asked for; the 'agreements' topic carries the old id with mergedInto).")
    @APIResponse(
            responseCode = "200",
            description = "The agreement",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WithReports.class),
                            examples = @ExampleObject(name = "seed", value = ApiExamples.AGREEMENT_WITH_REPORTS)))
    @APIResponse(
            responseCode = "404",
            description = "No agreement has this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "missing", value = ApiExamples.NOT_FOUND)))
    public Uni<RestResponse<WithReports>> get(
            @Parameter(description = "Agreement id", example = "agr_0c3e6d2f9a41b85e7d10") String id) {
        return repository.current(id).chain(a -> {
            if (a == null) {
                throw new NotFoundException();
            }
            return repository.reports(a.id).map(events -> {
                WithReports body = new WithReports(
                        read(a.document, Agreement.class),
                        events.stream()
                                .filter(e -> !e.mention)
                                .map(AgreementResource.this::report)
                                .toList(),
                        events.stream()
                                .filter(e -> e.mention)
                                .map(AgreementResource.this::report)
                                .toList(),
                        versions(events));
                return RestResponse.ResponseBuilder.ok(body)
                        .header("Content-Location", "/agreements/" + a.id)
                        .build();
            });
        });
    }

    @GET
    @Path("/stream")
    @Operation(
            summary = "Live feed of agreements",
            description =
                    "Server-sent events: each created or changed agreement's record as JSON, from the moment of connecting "
                            + "(an agreement merged away comes as its id with mergedInto). A client that reads too slowly is disconnected; "
                            + "use GET /agreements to catch up.")
    @APIResponse(
            responseCode = "200",
            description = "A stream of agreement records",
            content =
                    @Content(
                            mediaType = MediaType.SERVER_SENT_EVENTS,
                            schema = @Schema(implementation = Agreement.class),
                            examples = @ExampleObject(name = "seed", value = ApiExamples.AGREEMENT)))
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<Agreement> stream() {
        return broadcaster.stream();
    }

    /** The reports grouped by the story their articles tell, where a story has reports from two articles or more. */
    static List<List<String>> versions(List<EventEntity> reports) {
        Map<String, List<EventEntity>> byStory = new LinkedHashMap<>();
        reports.forEach(e -> byStory.computeIfAbsent(e.article.story(), k -> new ArrayList<>())
                .add(e));
        return byStory.values().stream()
                .filter(group ->
                        group.stream().map(e -> e.article.id).distinct().count() > 1)
                .map(group -> group.stream().map(e -> e.id).toList())
                .toList();
    }

    private AgreementEvent report(EventEntity e) {
        return read(e.document, AgreementEvent.class).withAgreement(e.agreementId);
    }

    private <T> T read(String document, Class<T> type) {
        try {
            return json.readValue(document, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Boolean reported(String reported) {
        if (reported == null || reported.isBlank()) {
            return null;
        }
        return switch (reported.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException("reported", "reported must be true or false");
        };
    }

    static String encode(AgreementRepository.Listed last) {
        return Cursors.encode(last.lastReported(), last.id());
    }

    private static AgreementQuery.Cursor cursor(String cursor) {
        return Cursors.decode(cursor, (time, id) -> new AgreementQuery.Cursor(Instant.parse(time), id));
    }
}
