package io.accord.app;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded default: an in-JVM Apache Kafka broker (KRaft) and a real PostgreSQL server from Maven Central
 * binaries. Started only for the parts that are not configured to be external.
 */
public final class EmbeddedInfrastructure implements Closeable {

    private EmbeddedKafkaBroker kafka;
    private EmbeddedPostgres postgres;
    private final Map<String, String> config = new LinkedHashMap<>();

    public EmbeddedInfrastructure startKafka(int port) {
        kafka = new EmbeddedKafkaBroker().withDeleteLogDirsOnClose(true);
        if (port > 0) {
            kafka.withKafkaPort(port);
        }
        kafka
                .withAdditionalProperties(p -> {
                    // without this the first consumer group waits seconds for its join
                    p.put("group.initial.rebalance.delay.ms", "0");
                    p.put("num.partitions", System.getProperty("accord.embedded.partitions", "2"));
                    p.put("offsets.topic.num.partitions", "5");
                    p.put("auto.create.topics.enable", "true");
                    // room for records over Accord's own 1 MiB limit, so that they reach ingest and get their reason
                    p.put("message.max.bytes", "16777216");
                })
                .start();
        config.put("kafka.bootstrap.servers", kafka.getAdvertisedListeners());
        return this;
    }

    public EmbeddedInfrastructure startPostgres(int port, Path dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDir != null) {
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
        String hostPort = "localhost:" + postgres.getPort() + "/postgres";
        config.put("quarkus.datasource.reactive.url", "postgresql://" + hostPort);
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPort);
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "postgres");
        return this;
    }

    /** The settings that point Accord at the embedded parts. */
    public Map<String, String> config() {
        return config;
    }

    public String kafkaBootstrap() {
        return config.get("kafka.bootstrap.servers");
    }

    public String postgresUrl() {
        return config.get("quarkus.datasource.jdbc.url");
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    @Override
    public void close() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }
}
