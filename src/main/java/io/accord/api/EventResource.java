package io.accord.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.model.AgreementEvent;
import io.accord.store.EventBroadcaster;
import io.accord.store.EventEntity;
import io.accord.store.EventQuery;
import io.accord.store.EventRepository;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The query API of the store service. */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Query the agreement events the store service keeps")
public class EventResource {

    static final int MAX_LIMIT = 200;

    @Inject
    EventRepository repository;

    @Inject
    EventBroadcaster broadcaster;

    @Inject
    ObjectMapper json;

    @Schema(description = "One page of events, newest first")
    public record Page(
            @Schema(description = "The events of this page") List<AgreementEvent> items,

            @Schema(description = "Pass as 'cursor' for the next page; null on the last page", nullable = true)
            String next) {}

    @GET
    @Operation(
            summary = "Search events",
            description =
                    "Events newest first (by event date, or the article's date where the event has none, then id), "
                            + "in pages of 'limit' with a keyset cursor: a page never repeats or skips an event when new ones arrive. "
                            + "All filters combine with AND.")
    @APIResponse(
            responseCode = "200",
            description = "A page of events",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Page.class),
                            examples = @ExampleObject(name = "seed", value = ApiExamples.PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "A parameter is malformed: the problem names it",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "limit", value = ApiExamples.INVALID_PARAMETER)))
    public Uni<Page> list(
            @Parameter(
                            description = "A party whose name contains this text (case-insensitive)",
                            example = "Rosoboronexport")
                    @RestQuery
                    String party,
            @Parameter(
                            description =
                                    "A party's actor key: a country code for a state and whoever acts for it (GBR), an IGO code, "
                                            + "or org:/person: and a name, folded as Accord folds it (org:Deutsche Börse = org:deutsche-boerse; a known alias asks for its side: org:GM = org:general-motors)",
                            example = "AZE")
                    @RestQuery
                    String actor,
            @Parameter(
                            description = "A party's country: ISO 3166-1 alpha-3, or an IGO code such as NATO",
                            example = "AZE")
                    @RestQuery
                    String country,
            @Parameter(
                            description = "How far along the agreement is",
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
                            example = "intent")
                    @RestQuery
                    String status,
            @Parameter(description = "Events on or after this date", example = "2019-01-01") @RestQuery String from,
            @Parameter(description = "Events on or before this date", example = "2019-12-31") @RestQuery String to,
            @Parameter(
                            description = "Words found in the subject, title, parties, speaker or evidence",
                            example = "joint production")
                    @RestQuery
                    String q,
            @Parameter(description = "Page size, 1 to 200 (default 50)", example = "20") @RestQuery String limit,
            @Parameter(description = "The 'next' value of the previous page") @RestQuery String cursor) {
        int size = limit(limit);
        EventQuery query = new EventQuery(
                blank(party),
                actor(actor),
                country(country),
                status(status),
                date("from", from),
                date("to", to),
                blank(q),
                size,
                cursor(cursor));
        return repository.search(query).map(rows -> {
            boolean more = rows.size() > size;
            List<EventRepository.Listed> page = more ? rows.subList(0, size) : rows;
            String next = more ? encode(page.get(page.size() - 1)) : null;
            return new Page(
                    page.stream().map(e -> read(e.document(), e.agreementId())).toList(), next);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One event", description = "The event as it was published on the events topic")
    @APIResponse(
            responseCode = "200",
            description = "The event",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgreementEvent.class),
                            examples = @ExampleObject(name = "seed", value = ApiExamples.EVENT)))
    @APIResponse(
            responseCode = "404",
            description = "No event has this id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "missing", value = ApiExamples.NOT_FOUND)))
    public Uni<AgreementEvent> get(
            @Parameter(description = "Event id", example = "evt_d863cdb04a910dc801d2") String id) {
        return repository.findById(id).map(e -> {
            // a mention is not an event: its agreement's page lists it
            if (e == null || e.mention) {
                throw new NotFoundException();
            }
            return read(e);
        });
    }

    @GET
    @Path("/stream")
    @Operation(
            summary = "Live feed",
            description =
                    "Server-sent events: each newly stored event as JSON, from the moment of "
                            + "connecting. A client that reads too slowly misses events rather than slowing the store down; use GET /events to catch up.")
    @APIResponse(
            responseCode = "200",
            description = "A stream of events",
            content =
                    @Content(
                            mediaType = MediaType.SERVER_SENT_EVENTS,
                            schema = @Schema(implementation = AgreementEvent.class),
                            examples = @ExampleObject(name = "seed", value = ApiExamples.EVENT)))
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<AgreementEvent> stream() {
        return broadcaster.stream();
    }

    /** The event as published, with the agreement the store linked it to. */
    private AgreementEvent read(EventEntity e) {
        return read(e.document, e.agreementId);
    }

    private AgreementEvent read(String document, String agreementId) {
        try {
            return json.readValue(document, AgreementEvent.class).withAgreement(agreementId);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return 50;
        }
        try {
            int n = Integer.parseInt(limit.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new InvalidParameterException("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!AgreementEvent.STATUSES.contains(status.strip())) {
            throw new InvalidParameterException("status", "status must be one of " + AgreementEvent.STATUSES);
        }
        return status.strip();
    }

    static String actor(String actor) {
        if (actor == null || actor.isBlank()) {
            return null;
        }
        String a = actor.strip();
        int colon = a.indexOf(':');
        if (colon < 0 && a.matches("[A-Za-z]{2,12}")) {
            return a.toUpperCase(java.util.Locale.ROOT);
        }
        String prefix = colon < 0 ? "" : a.substring(0, colon + 1);
        String folded = colon < 0 ? "" : io.accord.extraction.ActorKeys.fold(a.substring(colon + 1));
        if (!(prefix.equals("org:") || prefix.equals("person:")) || folded.isEmpty() || folded.length() > 120) {
            throw new InvalidParameterException(
                    "actor", "actor must be a country or IGO code (GBR), or org:<name> or person:<name>");
        }
        // a known alias asks for the side it names: org:GM is org:general-motors
        return prefix.equals("org:") ? "org:" + io.accord.extraction.ActorKeys.canonical(folded) : prefix + folded;
    }

    static String country(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        if (!country.strip().matches("[A-Za-z]{2,12}")) {
            throw new InvalidParameterException("country", "country must be an ISO 3166-1 alpha-3 or IGO code");
        }
        return country.strip();
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(field, field + " must be an ISO date such as 2019-06-25");
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String encode(EventRepository.Listed last) {
        return Cursors.encode(last.sortDate(), last.id());
    }

    private static EventQuery.Cursor cursor(String cursor) {
        return Cursors.decode(cursor, (date, id) -> new EventQuery.Cursor(LocalDate.parse(date), id));
    }
}
