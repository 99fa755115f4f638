package io.accord.store;

import io.accord.runtime.AccordConfig;
import io.accord.runtime.Roles;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers — for the store role; the other roles do not use the database. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    @Inject
    AccordConfig config;

    @Inject
    Pool pool;

    @Override
    public Uni<HealthCheckResponse> call() {
        if (!config.runs(Roles.STORE)) {
            return Uni.createFrom()
                    .item(HealthCheckResponse.named("database")
                            .up()
                            .withData("used", false)
                            .build());
        }
        return pool.query("SELECT 1")
                .execute()
                .ifNoItem()
                .after(Duration.ofSeconds(3))
                .fail()
                .map(rows -> HealthCheckResponse.named("database").up().build())
                .onFailure()
                .recoverWithItem(f -> HealthCheckResponse.named("database")
                        .down()
                        .withData("error", String.valueOf(f.getMessage()))
                        .build());
    }
}
