package io.accord.it;

import io.accord.runtime.EmbeddedInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the embedded PostgreSQL server in place (same data, same port). pg_ctl and the server refuse to
 * run as root, so this signals the postmaster (SIGINT: fast shutdown) and starts the server binary in a user namespace
 * ({@code unshare -U}), as the embedded library itself does.
 */
final class PostgresControl {

    private final Path dataDir;
    private final Path postgres;
    private final int port;

    PostgresControl(EmbeddedInfrastructure infrastructure) throws Exception {
        dataDir = Path.of(Sql.rows(infrastructure.postgresUrl(), "show data_directory", r -> r.getString(1))
                .get(0));
        postgres = Files.readSymbolicLink(Path.of("/proc", postmasterPid(), "exe"));
        port = infrastructure.postgres().getPort();
    }

    private String postmasterPid() throws Exception {
        return Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip();
    }

    void stop() throws Exception {
        long pid = Long.parseLong(postmasterPid());
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
        new ProcessBuilder("kill", "-INT", String.valueOf(pid)).start().waitFor(10, TimeUnit.SECONDS);
        handle.onExit().get(60, TimeUnit.SECONDS);
    }

    void start() throws Exception {
        new ProcessBuilder(List.of(
                        "unshare",
                        "-U",
                        postgres.toString(),
                        "-D",
                        dataDir.toString(),
                        "-p",
                        String.valueOf(port),
                        "-F",
                        "-c",
                        "synchronous_commit=off",
                        "-c",
                        "max_connections=300",
                        "-c",
                        "timezone=UTC"))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("restart.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection c = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres")) {
                return;
            } catch (java.sql.SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
