package io.accord.runtime;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import java.util.Map;
import java.util.Set;

/**
 * Starts the services of {@code ACCORD_ROLES}: Kafka and PostgreSQL are embedded unless {@code KAFKA_BOOTSTRAP_SERVERS}
 * / {@code QUARKUS_DATASOURCE_REACTIVE_URL} point elsewhere; the embedded parts close after Quarkus has stopped.
 */
public final class ServiceStartup {

    private ServiceStartup() {}

    public static void run(String... args) {
        quietBrokerLogs();
        Set<Roles> roles = Roles.fromEnvironment();
        boolean embeddedKafka = !configured("KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap.servers");
        boolean embeddedPostgres = roles.contains(Roles.STORE)
                && !configured("QUARKUS_DATASOURCE_REACTIVE_URL", "quarkus.datasource.reactive.url");
        EmbeddedInfrastructure embedded = new EmbeddedInfrastructure();
        DataFolder data =
                embeddedKafka || embeddedPostgres ? startEmbedded(embedded, embeddedKafka, embeddedPostgres) : null;
        for (Map.Entry<String, String> e : embedded.config().entrySet()) {
            System.setProperty(e.getKey(), e.getValue());
        }
        String host = httpHost(System.getenv(), System.getProperties(), embeddedKafka || embeddedPostgres);
        if (host != null) {
            System.setProperty("quarkus.http.host", host);
        }
        if (!embedded.config().isEmpty()) {
            System.out.println("Accord embedded parts: "
                    + embedded.config().entrySet().stream()
                            .filter(e -> !e.getKey().contains("password"))
                            .map(Object::toString)
                            .toList());
        }
        // the broker and the database close only after Quarkus has stopped its consumers. On SIGTERM/Ctrl-C Quarkus
        // stops from its own shutdown hook and never calls the exit handler below, so a hook of ours waits for it
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            Application app = ApplicationLifecycleManager.getCurrentApplication();
                            if (app != null) {
                                app.awaitShutdown();
                            }
                            closeEmbedded(embedded, data);
                        },
                        "accord-embedded-stop"));
        Quarkus.run(
                Waiter.class,
                (code, failure) -> {
                    if (failure != null) {
                        failure.printStackTrace();
                    }
                    closeEmbedded(embedded, data);
                    System.exit(code);
                },
                args);
    }

    private static synchronized void closeEmbedded(EmbeddedInfrastructure embedded, DataFolder data) {
        try {
            embedded.close();
        } finally {
            if (data != null) {
                data.close();
            }
        }
    }

    /**
     * The broker and the database in the data folder. Whatever fails here stops what already started and exits
     * with a message: a half-started JVM would otherwise hold the broker's port with nothing serving.
     */
    static DataFolder startEmbedded(EmbeddedInfrastructure embedded, boolean kafka, boolean postgres) {
        if (System.getenv("ACCORD_EMBEDDED_POSTGRES_DATA") != null) {
            System.err.println("Accord: ACCORD_EMBEDDED_POSTGRES_DATA is no longer read: the broker and the database "
                    + "both live in ACCORD_DATA_DIR (default ./" + DataFolder.DEFAULT + ").");
        }
        DataFolder data = null;
        try {
            data = DataFolder.open(setting("ACCORD_DATA_DIR", "accord.data-dir", null));
            int kafkaPort =
                    Integer.parseInt(setting("ACCORD_EMBEDDED_KAFKA_PORT", "accord.embedded.kafka-port", "9092"));
            int postgresPort =
                    Integer.parseInt(setting("ACCORD_EMBEDDED_POSTGRES_PORT", "accord.embedded.postgres-port", "5433"));
            // read by EmbeddedInfrastructure; given here so that the environment can set them too
            System.setProperty(
                    "accord.embedded.kafka-flush-messages",
                    setting("ACCORD_EMBEDDED_KAFKA_FLUSH_MESSAGES", "accord.embedded.kafka-flush-messages", "1"));
            System.setProperty(
                    "accord.embedded.postgres-synchronous-commit",
                    setting(
                            "ACCORD_EMBEDDED_POSTGRES_SYNCHRONOUS_COMMIT",
                            "accord.embedded.postgres-synchronous-commit",
                            "on"));
            if (postgres) {
                // ours, left by a killed run: not "someone else's server" on the port
                EmbeddedInfrastructure.stopOrphanPostgres(data.postgres());
                requireFreePort(postgresPort, "PostgreSQL", "ACCORD_EMBEDDED_POSTGRES_PORT");
            }
            if (kafka) {
                requireFreePort(kafkaPort, "Kafka broker", "ACCORD_EMBEDDED_KAFKA_PORT");
                embedded.startKafka(kafkaPort, data.kafka());
            }
            if (postgres) {
                if (data.temporary()) {
                    embedded.removeAfterCrash(data.root());
                }
                embedded.startPostgres(postgresPort, data.postgres());
            }
            System.out.println(
                    "Accord data folder: " + data.root() + (data.temporary() ? " (throw-away, deleted at stop)" : ""));
            return data;
        } catch (RuntimeException e) {
            System.err.println("Accord: the embedded "
                    + (e instanceof DataFolder.DataFolderException ? "default" : "broker or database")
                    + " cannot start: " + message(e));
            try {
                embedded.close();
            } catch (RuntimeException ignored) {
                // already failing: the first reason is the one to report
            }
            if (data != null) {
                data.close();
            }
            System.exit(1);
            return null;
        }
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e || e.getMessage() == null
                ? String.valueOf(root.getMessage())
                : e.getMessage() + " (" + root.getMessage() + ")";
    }

    /** The broker logs through java.util.logging until Quarkus takes logging over: keep its start-up quiet. */
    private static final java.util.List<java.util.logging.Logger> QUIET = new java.util.ArrayList<>();

    static void quietBrokerLogs() {
        for (String name : new String[] {"kafka", "org.apache.kafka", "state.change.logger", "io.zonky"}) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(java.util.logging.Level.SEVERE);
            QUIET.add(logger);
        }
    }

    /** A port already taken would make the embedded part fail obscurely, or worse, talk to someone else's server. */
    static void requireFreePort(int port, String what, String setting) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            // as the servers themselves do: connections still in TIME_WAIT do not make a port busy, a listener does
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("localhost", port));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(String.format(
                    "port %d is in use by another program, so the embedded %s cannot "
                            + "start there. Stop what uses it, choose another port with %s, or point Accord at your own server.",
                    port, what, setting));
        }
    }

    /**
     * The interface HTTP listens on, or null to leave Quarkus's own setting: {@code ACCORD_HTTP_HOST} when given; else
     * loopback when this process runs an embedded part (a laptop demo must not take articles from its whole network),
     * unless {@code QUARKUS_HTTP_HOST} says otherwise. Split and container deployments keep every interface.
     */
    static String httpHost(Map<String, String> env, java.util.Properties properties, boolean embedded) {
        String chosen = properties.getProperty("accord.http.host", env.get("ACCORD_HTTP_HOST"));
        if (chosen != null && !chosen.isBlank()) {
            return chosen.strip();
        }
        boolean quarkusHostGiven =
                env.get("QUARKUS_HTTP_HOST") != null || properties.getProperty("quarkus.http.host") != null;
        return embedded && !quarkusHostGiven ? "127.0.0.1" : null;
    }

    private static boolean configured(String env, String property) {
        return System.getenv(env) != null || System.getProperty(property) != null;
    }

    private static String setting(String env, String property, String fallback) {
        return System.getProperty(property, System.getenv().getOrDefault(env, fallback));
    }

    public static class Waiter implements QuarkusApplication {
        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }
}
