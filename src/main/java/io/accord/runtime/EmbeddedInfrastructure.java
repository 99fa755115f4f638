package io.accord.runtime;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;

/**
 * The embedded default: an in-JVM Apache Kafka broker (KRaft) and a real PostgreSQL server from Maven Central
 * binaries. Started only for the parts that are not configured to be external. Given folders, both keep their data
 * there and write it durably; without, they run throw-away in temporary folders.
 */
public final class EmbeddedInfrastructure implements Closeable {

    private EmbeddedKafkaBroker kafka;
    private EmbeddedPostgres postgres;
    private Process watchdog;
    private Path removeAfterCrash;
    private final Map<String, String> config = new LinkedHashMap<>();

    /** A throw-away broker. */
    public EmbeddedInfrastructure startKafka(int port) {
        return startKafka(port, null);
    }

    /** A broker whose topics and committed offsets live in {@code logDir} (null: a temporary folder). */
    public EmbeddedInfrastructure startKafka(int port, Path logDir) {
        kafka = new EmbeddedKafkaBroker().withDeleteLogDirsOnClose(logDir == null);
        if (port > 0) {
            kafka.withKafkaPort(port);
        }
        if (logDir != null) {
            // the folder is formatted once; a later start must present the cluster id it was formatted with
            existingClusterId(logDir).ifPresent(kafka::withClusterId);
        }
        kafka.withAdditionalProperties(p -> {
                    // without this the first consumer group waits seconds for its join
                    p.put("group.initial.rebalance.delay.ms", "0");
                    p.put("num.partitions", System.getProperty("accord.embedded.partitions", "2"));
                    p.put("offsets.topic.num.partitions", "5");
                    p.put("auto.create.topics.enable", "true");
                    // room for records over Accord's own 1 MiB limit, so that they reach ingest and get their reason
                    p.put("message.max.bytes", "16777216");
                    if (logDir != null) {
                        p.put("log.dir", logDir.toString());
                        // one broker has no replica to fall back on: an acknowledged record is on disk, not only in the
                        // page cache
                        p.put(
                                "log.flush.interval.messages",
                                System.getProperty("accord.embedded.kafka-flush-messages", "1"));
                        // a restart re-registers the same node: the controller, in this JVM too, holds it back until
                        // the last
                        // run's registration has timed out (9 s by default), or hands over at once after a controlled
                        // shutdown
                        p.put("controlled.shutdown.enable", "true");
                        p.put("broker.session.timeout.ms", "3000");
                        p.put("broker.heartbeat.interval.ms", "1000");
                    }
                })
                .start();
        config.put("kafka.bootstrap.servers", kafka.getAdvertisedListeners());
        if (logDir != null) {
            // after a kill -9 the restarted broker still lists the dead consumers: they hold their partitions until
            // their session times out (45 s by default)
            config.put("kafka.session.timeout.ms", "10000");
        }
        return this;
    }

    private static Optional<String> existingClusterId(Path logDir) {
        Path meta = logDir.resolve("meta.properties");
        if (!Files.exists(meta)) {
            try {
                Files.createDirectories(logDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the broker's folder " + logDir, e);
            }
            return Optional.of(Uuid.randomUuid().toString());
        }
        try (InputStream in = Files.newInputStream(meta)) {
            Properties p = new Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty("cluster.id"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + meta, e);
        }
    }

    /**
     * A PostgreSQL server on {@code port} (0: any free port). With a {@code dataDir} the cluster is kept there and
     * written durably (fsync, synchronous commit); a server left running from a killed Accord on that folder is
     * stopped first, and a watchdog stops this one if the JVM dies without closing it. Without, a throw-away
     * cluster with fsync off.
     */
    public EmbeddedInfrastructure startPostgres(int port, Path dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDir != null) {
                stopOrphanPostgres(dataDir);
                // Accord closes the server itself once Quarkus has stopped; a hook of its own could stop it under the
                // store
                builder.setRegisterShutdownHook(false).setPGStartupWait(java.time.Duration.ofSeconds(60));
                builder.setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        // zonky starts the server with -F (fsync off) and synchronous_commit=off; these come after and
                        // win
                        .setServerConfig("fsync", "on")
                        .setServerConfig(
                                "synchronous_commit",
                                System.getProperty("accord.embedded.postgres-synchronous-commit", "on"));
            }
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
        if (dataDir != null) {
            watchdog = startWatchdog(postmasterPid(dataDir), removeAfterCrash);
        }
        String hostPort = "localhost:" + postgres.getPort() + "/postgres";
        config.put("quarkus.datasource.reactive.url", "postgresql://" + hostPort);
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPort);
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "postgres");
        return this;
    }

    /** A throw-away folder the PostgreSQL watchdog removes if the JVM dies without closing (call before startPostgres). */
    public EmbeddedInfrastructure removeAfterCrash(Path folder) {
        this.removeAfterCrash = folder;
        return this;
    }

    /**
     * The PostgreSQL server runs as its own OS process: after a {@code kill -9} of Accord it would keep the folder and
     * the port. The postmaster.pid file names it; stop it (fast shutdown) before starting a new one.
     */
    static void stopOrphanPostgres(Path dataDir) {
        long pid = postmasterPid(dataDir);
        if (pid <= 0) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid).filter(p -> isPostmasterOf(p, dataDir));
        if (orphan.isEmpty()) {
            return;
        }
        System.out.printf(
                "Accord: stopping the PostgreSQL server (process %d) left running on %s by an earlier run%n",
                pid, dataDir);
        for (String signal : List.of("-INT", "-QUIT", "-KILL")) {
            signal(signal, pid);
            try {
                orphan.get().onExit().get(signal.equals("-INT") ? 30 : 10, TimeUnit.SECONDS);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stopping the old PostgreSQL server", e);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // not gone yet: the next signal is firmer
            }
        }
        throw new IllegalStateException(
                "the PostgreSQL server left on " + dataDir + " (process " + pid + ") did not stop");
    }

    private static boolean isPostmasterOf(ProcessHandle process, Path dataDir) {
        try {
            String cmdline = Files.readString(
                    Path.of("/proc", String.valueOf(process.pid()), "cmdline"), StandardCharsets.UTF_8);
            return cmdline.contains("postgres") && cmdline.contains(dataDir.toString());
        } catch (IOException e) {
            return false;
        }
    }

    private static long postmasterPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", signal, String.valueOf(pid))
                    .inheritIO()
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal process " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A shell loop outside the JVM: once this JVM is gone (a {@code kill -9} runs no shutdown hook), it stops the
     * PostgreSQL server, so that the server does not outlive Accord by more than a second or two.
     */
    private static Process startWatchdog(long postmasterPid, Path removeAfterCrash) {
        if (postmasterPid <= 0) {
            return null;
        }
        String script = "while kill -0 \"$1\" 2>/dev/null && kill -0 \"$2\" 2>/dev/null; do sleep 1; done; "
                + "kill -0 \"$1\" 2>/dev/null && exit 0; "
                + "if grep -q postgres /proc/\"$2\"/cmdline 2>/dev/null; then kill -INT \"$2\"; fi; "
                + "while kill -0 \"$2\" 2>/dev/null; do sleep 1; done; "
                + "if [ -n \"$3\" ]; then rm -rf \"$3\"; fi";
        try {
            return new ProcessBuilder(
                            "sh",
                            "-c",
                            script,
                            "accord-postgres-watchdog",
                            String.valueOf(ProcessHandle.current().pid()),
                            String.valueOf(postmasterPid),
                            removeAfterCrash == null ? "" : removeAfterCrash.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the PostgreSQL watchdog", e);
        }
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
    public synchronized void close() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
                if (watchdog != null) {
                    watchdog.destroy();
                    watchdog = null;
                }
            }
        }
    }
}
