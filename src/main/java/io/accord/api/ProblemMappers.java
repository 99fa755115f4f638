package io.accord.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.accord.ingest.ArticleTooLargeException;
import io.accord.ingest.InvalidArticleException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as a JSON problem body; none carries a stack trace or a class name. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response tooLarge(ArticleTooLargeException e) {
        return Problem.response(413, "Payload Too Large", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response invalidArticle(InvalidArticleException e) {
        return Problem.response(400, "Invalid article", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return Problem.response(400, "Invalid parameter", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return Problem.response(400, "Invalid JSON", e.getOriginalMessage(), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed here";
            case 406 -> "cannot produce the requested media type";
            case 415 -> "unsupported media type: send application/json, application/x-ndjson, text/plain or text/html";
            default -> title;
        };
        return Problem.response(status, title, detail, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected error", e);
        return Problem.response(500, "Internal Server Error", "the request could not be processed", null);
    }
}
