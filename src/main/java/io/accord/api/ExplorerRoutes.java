package io.accord.api;

import io.accord.runtime.AccordConfig;
import io.accord.runtime.Roles;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;

/** The web explorer (static files under META-INF/resources) belongs to the store service, like the API it reads. */
@ApplicationScoped
public class ExplorerRoutes {

    private static final Set<String> FILES = Set.of("/", "/index.html", "/explorer.js", "/explorer.css");

    @Inject
    AccordConfig config;

    void register(@Observes Router router) {
        // ahead of the static-resource handler, which would otherwise serve the files in every role
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (FILES.contains(ctx.normalizedPath()) && !config.runs(Roles.STORE)) {
                ctx.response()
                        .setStatusCode(404)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(new JsonObject()
                                .put("type", "about:blank")
                                .put("title", "Not Found")
                                .put("status", 404)
                                .put("detail", "this process does not run the store service, which serves the explorer")
                                .encode());
            } else {
                ctx.next();
            }
        });
    }
}
