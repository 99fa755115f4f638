package io.accord.api;

import io.accord.runtime.AccordConfig;
import io.accord.runtime.Roles;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A process serves only the endpoints of its roles: POST /articles with ingest; /events, /agreements and GET
 * /articles/{id} with store.
 */
public class RoleFilter {

    // filters are built at static init, before runtime configuration exists: look it up per request
    @Inject
    Provider<AccordConfig> config;

    @ServerRequestFilter(preMatching = true)
    public Response filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        // POST /articles is ingest's; GET /articles/{id} is the store's, which keeps the texts
        boolean write = request.getMethod().equals("POST");
        if (path.startsWith("/articles") && write && !config.get().runs(Roles.INGEST)
                || (path.startsWith("/events")
                                || path.startsWith("/agreements")
                                || path.startsWith("/articles") && !write)
                        && !config.get().runs(Roles.STORE)) {
            return Problem.response(404, "Not Found", "this process does not run the service for " + path, null);
        }
        return null;
    }
}
