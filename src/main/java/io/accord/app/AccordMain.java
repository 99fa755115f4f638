package io.accord.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Start-up. {@code extract} runs the batch command with no Kafka and no database. Otherwise the services start;
 * Kafka and PostgreSQL are embedded unless {@code KAFKA_BOOTSTRAP_SERVERS} / {@code QUARKUS_DATASOURCE_REACTIVE_URL}
 * point elsewhere.
 */
@QuarkusMain
public class AccordMain {

    static final String USAGE = """
            usage: java -jar quarkus-run.jar [COMMAND]
              (no command)  run the services: ACCORD_ROLES=ingest,extract,store (default all), with an embedded Kafka
                            broker and PostgreSQL unless KAFKA_BOOTSTRAP_SERVERS / QUARKUS_DATASOURCE_REACTIVE_URL are set
              extract       extract events from JSONL or a text file, no Kafka or database (extract --help)
              publish       publish article files or folders to the articles topic (publish --help)""";

    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("extract")) {
            System.exit(BatchExtract.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("publish")) {
            System.exit(PublishCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            System.out.println(USAGE);
            return;
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.err.println("unknown command '" + args[0] + "'\n" + USAGE);
            System.exit(2);
        }
        quietBrokerLogs();
        Set<Roles> roles = Roles.fromEnvironment();
        boolean embeddedKafka = !configured("KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap.servers");
        boolean embeddedPostgres = roles.contains(Roles.STORE)
                && !configured("QUARKUS_DATASOURCE_REACTIVE_URL", "quarkus.datasource.reactive.url");
        int kafkaPort = Integer.parseInt(setting("ACCORD_EMBEDDED_KAFKA_PORT", "accord.embedded.kafka-port", "9092"));
        int postgresPort = Integer.parseInt(setting("ACCORD_EMBEDDED_POSTGRES_PORT", "accord.embedded.postgres-port", "5433"));
        if (embeddedKafka) {
            requireFreePort(kafkaPort, "Kafka broker", "ACCORD_EMBEDDED_KAFKA_PORT");
        }
        if (embeddedPostgres) {
            requireFreePort(postgresPort, "PostgreSQL", "ACCORD_EMBEDDED_POSTGRES_PORT");
        }
        EmbeddedInfrastructure embedded = new EmbeddedInfrastructure();
        if (embeddedKafka) {
            embedded.startKafka(kafkaPort);
        }
        if (embeddedPostgres) {
            String dataDir = setting("ACCORD_EMBEDDED_POSTGRES_DATA", "accord.embedded.postgres-data", null);
            embedded.startPostgres(postgresPort, dataDir == null ? null : Path.of(dataDir));
        }
        for (Map.Entry<String, String> e : embedded.config().entrySet()) {
            System.setProperty(e.getKey(), e.getValue());
        }
        if (!embedded.config().isEmpty()) {
            System.out.println("Accord embedded parts: " + embedded.config().entrySet().stream()
                    .filter(e -> !e.getKey().contains("password")).map(Object::toString).toList());
        }
        // the broker and the database close only after Quarkus has stopped its consumers
        Quarkus.run(Waiter.class, (code, failure) -> {
            if (failure != null) {
                failure.printStackTrace();
            }
            embedded.close();
            System.exit(code);
        }, args);
    }

    /** The broker logs through java.util.logging until Quarkus takes logging over: keep its start-up quiet. */
    private static final java.util.List<java.util.logging.Logger> QUIET = new java.util.ArrayList<>();

    static void quietBrokerLogs() {
        for (String name : new String[] { "kafka", "org.apache.kafka", "state.change.logger", "io.zonky" }) {
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
            System.err.printf("Accord: port %d is in use, so the embedded %s cannot start there. Stop what uses it, "
                    + "choose another port with %s, or point Accord at your own server.%n", port, what, setting);
            System.exit(1);
        }
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
