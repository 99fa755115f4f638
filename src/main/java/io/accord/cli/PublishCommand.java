package io.accord.cli;

import io.accord.ingest.ArticleIntake;
import io.accord.ingest.ArticleNormalizer;
import io.accord.ingest.InvalidArticleException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code accord publish PATH…}: articles from files to the {@code articles} topic with a plain Kafka producer, as any
 * other publisher would. A {@code .jsonl} file gives one record per line; any other file is one record (raw text with
 * a first-line title, or one JSON article). Each record goes through the same limit and parsing as ingest applies
 * ({@link ArticleIntake#check}): one that ingest would refuse is named with its reason and not sent; the others are.
 * Exits non-zero unless every record was an article and the broker acknowledged it.
 */
public final class PublishCommand {

    static final String USAGE = """
            usage: accord publish [--bootstrap HOST:PORT] [--topic TOPIC] PATH...
              Publishes the articles in PATH (files, or folders read in name order, not recursively) to Kafka.
              A .jsonl file is one article per line; any other file is one article: raw text (first line the
              title, an optional dateline) or a JSON object {"body", "title"?, "url"?, "published"?, ...}.
              A record ingest would refuse (not an article, or over ACCORD_INGEST_MAX_BODY_BYTES, default 1 MiB) is
              reported with its file and line and not sent; the exit status is then 1.
              --bootstrap  default: KAFKA_BOOTSTRAP_SERVERS, else localhost:9092 (the embedded broker)
              --topic      default: articles""";

    private PublishCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        String topic = "articles";
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                case "--bootstrap", "-b" -> bootstrap = value(args, ++i);
                case "--topic", "-t" -> topic = value(args, ++i);
                default -> {
                    if (args[i].startsWith("-")) {
                        err.println("unknown option " + args[i] + "\n" + USAGE);
                        return 2;
                    }
                    paths.add(Path.of(args[i]));
                }
            }
        }
        if (paths.isEmpty() || bootstrap == null || topic == null) {
            err.println(USAGE);
            return 2;
        }
        ArticleIntake intake = new ArticleIntake(
                new ArticleNormalizer(Clock.systemUTC()),
                Long.parseLong(System.getenv().getOrDefault("ACCORD_INGEST_MAX_BODY_BYTES", "1048576")),
                ArticleIntake.Counts.NONE);
        List<byte[]> records = new ArrayList<>();
        int refused = 0;
        try {
            for (Path path : paths) {
                for (Path file : files(path)) {
                    for (Record r : records(file)) {
                        try {
                            intake.check(r.value(), "publish");
                            records.add(r.value());
                        } catch (InvalidArticleException e) {
                            refused++;
                            err.println("publish: " + r.where() + ": not sent: " + e.getMessage());
                        }
                    }
                }
            }
        } catch (IOException e) {
            err.println("publish: cannot read " + e.getMessage());
            return 1;
        }
        if (records.isEmpty()) {
            err.println("publish: no articles " + (refused > 0 ? "to send" : "found") + " in " + paths);
            return 1;
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        int failed = 0;
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (byte[] record : records) {
                sent.add(producer.send(new ProducerRecord<>(topic, record)));
            }
            for (Future<RecordMetadata> f : sent) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    failed++;
                    if (failed == 1) {
                        err.println(
                                "publish: not acknowledged: " + (e.getCause() == null ? e : e.getCause()).getMessage());
                    }
                }
            }
        } catch (RuntimeException e) {
            err.println("publish: " + e.getMessage());
            return 1;
        }
        if (failed > 0) {
            err.printf("publish: %d of %d articles were not acknowledged by %s%n", failed, records.size(), bootstrap);
            return 1;
        }
        out.printf(
                "published %d article%s to %s at %s%n",
                records.size(), records.size() == 1 ? "" : "s", topic, bootstrap);
        if (refused > 0) {
            err.printf("publish: %d record%s not sent (above)%n", refused, refused == 1 ? " was" : "s were");
            return 1;
        }
        return 0;
    }

    private static String value(String[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    private static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /** A record to publish, and where it came from (file, and line for JSONL). */
    private record Record(byte[] value, String where) {}

    private static List<Record> records(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".jsonl")) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Record> records = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    records.add(new Record(lines.get(i).getBytes(StandardCharsets.UTF_8), file + ":" + (i + 1)));
                }
            }
            return records;
        }
        return List.of(new Record(Files.readAllBytes(file), file.toString()));
    }
}
