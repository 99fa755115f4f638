package io.accord.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingOptions;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Requests whose request line or headers exceed the server's limits (4 KB line, 20 KB of headers) never reach a
 * route: Vert.x answers them from its HTTP decoder with an empty 414 or 431. Quarkus offers no hook there, but
 * Vert.x asks its tracer about every request before it picks the handler, so this tracer gives a request the decoder
 * refused a handler that answers with a problem document like every other error.
 */
@ApplicationScoped
public class OversizedRequests implements VertxOptionsCustomizer {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void accept(VertxOptions options) {
        if (options.getTracingOptions() == null) {
            options.setTracingOptions(new TracingOptions().setFactory(tracingOptions -> new DecoderFailureTracer()));
        }
    }

    static final Handler<HttpServerRequest> PROBLEM_ANSWER = request -> {
        Throwable cause = request.decoderResult().cause();
        Problem problem;
        if (cause instanceof TooLongHttpLineException) {
            problem = new Problem(
                    "about:blank",
                    "Request line too long",
                    414,
                    "the request line (method, path and query) is over 4,096 bytes; send long text in a POST body",
                    null);
        } else if (cause instanceof TooLongHttpHeaderException) {
            problem = new Problem(
                    "about:blank", "Request headers too large", 431, "the request headers are over 20 KB in all", null);
        } else {
            problem = new Problem("about:blank", "Bad request", 400, "the request is not valid HTTP/1.1", null);
        }
        try {
            request.response()
                    .setStatusCode(problem.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(JSON.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            request.response().setStatusCode(problem.status()).end();
        }
        request.response().close();
    };

    /** Traces nothing; only swaps the handler of a request the HTTP decoder refused. */
    static final class DecoderFailureTracer implements VertxTracer<Object, Object> {
        @Override
        public <R> Object receiveRequest(
                Context context,
                SpanKind kind,
                TracingPolicy policy,
                R request,
                String operation,
                Iterable<Map.Entry<String, String>> headers,
                TagExtractor<R> tagExtractor) {
            if (request instanceof HttpServerRequest http
                    && http.decoderResult().isFailure()
                    && http.connection() instanceof io.vertx.core.http.impl.HttpServerConnection connection) {
                // read by the connection right after this call, to pick the handler for this request
                connection.invalidRequestHandler(PROBLEM_ANSWER);
            }
            return null;
        }
    }
}
