package io.accord.runtime;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the broker answers within 3 s: every role reads or writes Kafka. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements AsyncHealthCheck {

    private static final int TIMEOUT_MS = 3000;

    // the kafka.* settings every channel shares (bootstrap servers, SASL, TLS)
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    private volatile Admin admin;

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(this::check).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Whether the broker answers within 3 s; for callers that refuse work while it does not. */
    public Uni<Boolean> answers() {
        return call().map(r -> r.getStatus() == HealthCheckResponse.Status.UP);
    }

    private HealthCheckResponse check() {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                    .nodes()
                    .get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS)
                    .size();
            return HealthCheckResponse.named("kafka")
                    .up()
                    .withData("nodes", nodes)
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka")
                    .down()
                    .withData("error", "broker did not answer within " + TIMEOUT_MS + " ms")
                    .build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> config = new HashMap<>();
                    kafka.forEach((k, v) -> {
                        if (AdminClientConfig.configNames().contains(k)) {
                            config.put(k, v);
                        }
                    });
                    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "accord-readiness");
                    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
                    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
                    admin = Admin.create(config);
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
