import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * End-to-end load on a running Accord: articles published to the {@code articles} topic with a plain Kafka producer,
 * completion and loss read from Accord's own metrics, latency from the live stream. Prints numbers; asserts nothing.
 *
 * usage: java -cp "target/quarkus-app/lib/main/*" bench/EndToEnd.java throughput FILE.jsonl EXPECTED_EVENTS [options]
 *        java -cp "target/quarkus-app/lib/main/*" bench/EndToEnd.java latency FILE.jsonl RATE SECONDS [options]
 * options: --bootstrap HOST:PORT (localhost:9092)  --store URL (http://localhost:8080)
 *          --extract URL,URL… (metrics of the extract processes; default the store URL)  --pid PID,PID… (resident memory)
 */
public class EndToEnd {

    static String bootstrap = "localhost:9092";
    static String store = "http://localhost:8080";
    static List<String> extractors;
    static List<Long> pids = List.of();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = args[++i];
                case "--store" -> store = args[++i];
                case "--extract" -> extractors = Arrays.asList(args[++i].split(","));
                case "--pid" ->
                    pids = Arrays.stream(args[++i].split(","))
                            .map(Long::parseLong)
                            .toList();
                default -> rest.add(args[i]);
            }
        }
        if (extractors == null) {
            extractors = List.of(store);
        }
        List<String> lines = Files.readAllLines(Path.of(rest.get(1)), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
        MemorySampler memory = new MemorySampler();
        memory.start();
        if (rest.get(0).equals("throughput")) {
            throughput(lines, Long.parseLong(rest.get(2)), memory);
        } else {
            latency(lines, Double.parseDouble(rest.get(2)), Integer.parseInt(rest.get(3)), memory);
        }
        memory.interrupt();
    }

    static KafkaProducer<byte[], byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    static void throughput(List<String> lines, long expectedEvents, MemorySampler memory) throws Exception {
        double extracted0 = sum(extractors, "accord_articles_extracted_total");
        List<Double> byProcess0 = new ArrayList<>();
        for (String e : extractors) {
            byProcess0.add(metric(e, "accord_articles_extracted_total"));
        }
        double new0 = metric(store, "accord_events_stored_total{outcome=\"new\"}");
        // -Dmentions=N: done only once N new mentions are stored too (agreements on)
        long expectedMentions = Long.getLong("mentions", 0);
        double mentions0 = metric(store, "accord_mentions_stored_total{outcome=\"new\"}");
        double mentionsStored = 0;
        double updated0 = metric(store, "accord_events_stored_total{outcome=\"updated\"}");
        // the articles are read and measured before the clock starts: the client's own work should not count
        List<byte[]> values =
                lines.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
        long bytes = 0;
        for (byte[] value : values) {
            bytes += JSON.readTree(value).path("text").asText().length();
        }
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (byte[] value : values) {
                producer.send(new ProducerRecord<>("articles", value), (md, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        double published = (System.nanoTime() - start) / 1e9;
        double extracted = 0;
        double stored = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < deadline) {
            extracted = sum(extractors, "accord_articles_extracted_total") - extracted0;
            stored = metric(store, "accord_events_stored_total{outcome=\"new\"}") - new0;
            mentionsStored = expectedMentions > 0
                    ? metric(store, "accord_mentions_stored_total{outcome=\"new\"}") - mentions0
                    : 0;
            if (extracted >= lines.size() && stored >= expectedEvents && mentionsStored >= expectedMentions) {
                break;
            }
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double updated = metric(store, "accord_events_stored_total{outcome=\"updated\"}") - updated0;
        System.out.printf(
                "end-to-end: %d articles (%.0f KB of text) published in %.1f s (%d not acknowledged)%n",
                lines.size(), bytes / 1024.0, published, failed.get());
        System.out.printf(
                "end-to-end: all extracted and stored in %.2f s: %.1f articles/s, %.0f KB/s%n",
                seconds, lines.size() / seconds, bytes / 1024.0 / seconds);
        System.out.printf(
                "end-to-end: articles extracted %.0f of %d; events stored %.0f of %d expected (lost %.0f), re-deliveries %.0f%n",
                extracted, lines.size(), stored, expectedEvents, Math.max(0, expectedEvents - stored), updated);
        if (expectedMentions > 0) {
            System.out.printf("end-to-end: mentions stored %.0f of %d expected%n", mentionsStored, expectedMentions);
        }
        if (extractors.size() > 1) {
            List<String> shares = new ArrayList<>();
            for (int i = 0; i < extractors.size(); i++) {
                shares.add(String.format(
                        "%s %.0f",
                        extractors.get(i),
                        metric(extractors.get(i), "accord_articles_extracted_total") - byProcess0.get(i)));
            }
            System.out.printf("end-to-end: articles extracted by each process: %s%n", String.join(", ", shares));
        }
        System.out.printf("end-to-end: peak resident memory %s%n", memory.report());
        System.out.printf(
                "RESULT e2e_articles_per_s=%.1f e2e_kb_per_s=%.0f lost=%.0f peak_rss_mb=%d%n",
                lines.size() / seconds,
                bytes / 1024.0 / seconds,
                Math.max(0, expectedEvents - stored),
                memory.peakMb());
    }

    static void latency(List<String> lines, double rate, int seconds, MemorySampler memory) throws Exception {
        int n = (int) Math.min(lines.size(), Math.round(rate * seconds));
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> readStream(sentAt, latencies), "sse");
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(1000);
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int i = 0; i < n; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                byte[] value = lines.get(i).getBytes(StandardCharsets.UTF_8);
                String url = JSON.readTree(value).path("url").asText();
                sentAt.put(url, System.nanoTime());
                producer.send(new ProducerRecord<>("articles", value));
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (latencies.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        List<Double> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        Collections.sort(sorted);
        System.out.printf(
                "latency: %d articles at %.1f/s for %d s; %d reached the live stream%n",
                n, rate, seconds, sorted.size());
        if (!sorted.isEmpty()) {
            System.out.printf(
                    "latency: publish-to-queryable p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1));
            System.out.printf(
                    "RESULT latency_p50_ms=%.0f latency_p95_ms=%.0f latency_p99_ms=%.0f rate=%.1f peak_rss_mb=%d%n",
                    pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), rate, memory.peakMb());
        }
        System.out.printf("latency: peak resident memory %s%n", memory.report());
    }

    /** The first event of an article on /events/stream marks the moment it is stored and queryable. */
    static void readStream(Map<String, Long> sentAt, List<Double> latencies) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(store + "/events/stream"))
                    .header("Accept", "text/event-stream")
                    .build();
            HTTP.send(request, HttpResponse.BodyHandlers.ofLines()).body().forEach(line -> {
                if (!line.startsWith("data:")) {
                    return;
                }
                long now = System.nanoTime();
                try {
                    JsonNode event = JSON.readTree(line.substring(5));
                    Long sent = sentAt.remove(event.path("article").path("url").asText());
                    if (sent != null) {
                        latencies.add((now - sent) / 1e6);
                    }
                } catch (Exception e) {
                    // a line that is not an event is not a measurement
                }
            });
        } catch (Exception e) {
            System.err.println("live stream: " + e.getMessage());
        }
    }

    static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    static final Pattern SAMPLE = Pattern.compile("(?m)^([a-z_]+(?:\\{[^}]*\\})?) ([0-9.eE+-]+)$");

    static Map<String, Double> metrics(String base) throws Exception {
        String text = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, Double> out = new HashMap<>();
        Matcher m = SAMPLE.matcher(text);
        while (m.find()) {
            out.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return out;
    }

    static double metric(String base, String series) throws Exception {
        return metrics(base).getOrDefault(series, 0.0);
    }

    static double sum(List<String> bases, String series) throws Exception {
        double total = 0;
        for (String b : bases) {
            total += metric(b, series);
        }
        return total;
    }

    /** Peak resident memory (PSS) of the given processes, summed, sampled every 500 ms from /proc. */
    static final class MemorySampler extends Thread {
        private volatile long peakKb;

        MemorySampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                long total = 0;
                for (long pid : pids) {
                    try {
                        // proportional set size: memory shared between PostgreSQL's processes is counted once
                        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                            if (l.startsWith("Pss:")) {
                                total += Long.parseLong(l.replaceAll("[^0-9]", ""));
                            }
                        }
                    } catch (Exception e) {
                        // the process ended
                    }
                }
                peakKb = Math.max(peakKb, total);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peakMb() {
            return peakKb / 1024;
        }

        String report() {
            return pids.isEmpty() ? "not measured (no --pid)" : peakMb() + " MB over " + pids;
        }
    }
}
