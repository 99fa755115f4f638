package io.accord.it;

import static org.awaitility.Awaitility.await;

import io.accord.runtime.EmbeddedInfrastructure;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Accord process started from the packaged jar, with one role, against the test's broker and database. */
final class AccordProcess {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    final String role;
    final int port;
    final Path log;
    private final Process process;

    private AccordProcess(String role, int port, Path log, Process process) {
        this.role = role;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static AccordProcess start(String role, EmbeddedInfrastructure infrastructure) throws IOException {
        return start(role, infrastructure.kafkaBootstrap(), infrastructure.postgresUrl());
    }

    static AccordProcess start(String role, String kafkaBootstrap, String jdbcUrl) throws IOException {
        int port = freePort();
        ProcessBuilder pb = command("-Xmx384m");
        Map<String, String> env = pb.environment();
        env.put("ACCORD_ROLES", role);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", jdbcUrl.substring("jdbc:".length()));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        AccordProcess p = launch(role, port, pb);
        p.awaitLive();
        return p;
    }

    /**
     * The embedded default, as a user runs it: no Kafka or database settings, all roles, its broker and PostgreSQL
     * kept in {@code dataDir}. Returns once launched; {@link #awaitLive()} waits for HTTP.
     */
    static AccordProcess launchEmbedded(Path dataDir, int httpPort, int kafkaPort, int postgresPort)
            throws IOException {
        ProcessBuilder pb = command("-Xmx512m");
        Map<String, String> env = pb.environment();
        env.put("ACCORD_DATA_DIR", dataDir.toString());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        env.put("ACCORD_EMBEDDED_KAFKA_PORT", String.valueOf(kafkaPort));
        env.put("ACCORD_EMBEDDED_POSTGRES_PORT", String.valueOf(postgresPort));
        return launch("all", httpPort, pb);
    }

    private static ProcessBuilder command(String heap) {
        String jar = System.getProperty("accord.jar", "target/quarkus-app/quarkus-run.jar");
        return new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-jar", jar);
    }

    private static AccordProcess launch(String role, int port, ProcessBuilder pb) throws IOException {
        Path log = Files.createTempFile("accord-" + role + "-", ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return new AccordProcess(role, port, log, pb.start());
    }

    void awaitLive() {
        await().atMost(Duration.ofSeconds(120))
                .ignoreExceptions()
                .until(() -> get("/q/health/live").statusCode() == 200);
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the process to end on its own; its exit code. */
    int exitCode(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(role + " did not exit within " + within);
        }
        return process.exitValue();
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: no shutdown hook, no commit, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as an orchestrator stops a pod; true when the process ended in time. */
    boolean stop() throws InterruptedException {
        process.destroy();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        return exited;
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
