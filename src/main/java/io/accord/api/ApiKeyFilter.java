package io.accord.api;

import io.accord.runtime.AccordConfig;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Writes need the API key when one is configured: 401 without credentials, 403 with the wrong ones. */
public class ApiKeyFilter {

    // filters are built at static init, before runtime configuration exists: look it up per request
    @Inject
    Provider<AccordConfig> config;

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        Optional<String> key = config.get().apiKey().filter(k -> !k.isBlank());
        if (key.isEmpty() || !isWrite(request.getMethod())) {
            return null;
        }
        String given = request.getHeaderString("X-API-Key");
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (given == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = authorization.substring(7).strip();
        }
        if (given == null || given.isEmpty()) {
            return Response.fromResponse(Problem.response(
                            401,
                            "Unauthorized",
                            "this endpoint needs an API key in X-API-Key or Authorization: Bearer",
                            null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build();
        }
        // constant-time comparison, so that timing does not reveal the key
        if (!MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), key.get().getBytes(StandardCharsets.UTF_8))) {
            return Problem.response(403, "Forbidden", "the API key is not valid", null);
        }
        return null;
    }

    private static boolean isWrite(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE");
    }
}
