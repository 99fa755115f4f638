package io.accord.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestStreamElementType;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.accord.model.AgreementEvent;
import io.accord.store.EventBroadcaster;
import io.accord.store.EventEntity;
import io.accord.store.EventQuery;
import io.accord.store.EventRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The query API of the store service. */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    static final int MAX_LIMIT = 200;

    @Inject
    EventRepository repository;

    @Inject
    EventBroadcaster broadcaster;

    @Inject
    ObjectMapper json;

    public record Page(List<AgreementEvent> items, String next) {
    }

    @GET
    public Uni<Page> list(@RestQuery String party, @RestQuery String country, @RestQuery String status,
            @RestQuery String from, @RestQuery String to, @RestQuery String q, @RestQuery String limit,
            @RestQuery String cursor) {
        int size = limit(limit);
        EventQuery query = new EventQuery(blank(party), country(country), status(status), date("from", from),
                date("to", to), blank(q), size, cursor(cursor));
        return repository.search(query).map(rows -> {
            boolean more = rows.size() > size;
            List<EventEntity> page = more ? rows.subList(0, size) : rows;
            String next = more ? encode(page.get(page.size() - 1)) : null;
            return new Page(page.stream().map(e -> read(e.document)).toList(), next);
        });
    }

    @GET
    @Path("/{id}")
    public Uni<AgreementEvent> get(String id) {
        return repository.findById(id).map(e -> {
            if (e == null) {
                throw new NotFoundException();
            }
            return read(e.document);
        });
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<AgreementEvent> stream() {
        return broadcaster.stream();
    }

    private AgreementEvent read(String document) {
        try {
            return json.readValue(document, AgreementEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int limit(String limit) {
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

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!AgreementEvent.STATUSES.contains(status.strip())) {
            throw new InvalidParameterException("status", "status must be one of " + AgreementEvent.STATUSES);
        }
        return status.strip();
    }

    private static String country(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        if (!country.strip().matches("[A-Za-z]{2,12}")) {
            throw new InvalidParameterException("country", "country must be an ISO 3166-1 alpha-3 or IGO code");
        }
        return country.strip();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(field, field + " must be an ISO date such as 2019-06-25");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String encode(EventEntity last) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((last.sortDate + "|" + last.id).getBytes(StandardCharsets.UTF_8));
    }

    private static EventQuery.Cursor cursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|", 2);
            return new EventQuery.Cursor(LocalDate.parse(parts[0]), parts[1]);
        } catch (RuntimeException e) {
            throw new InvalidParameterException("cursor", "cursor is not one this API returned");
        }
    }
}
