package io.accord.testing;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Plain Kafka clients against the test broker, as a publisher would use them. */
public final class KafkaClients {

    private KafkaClients() {}

    public static KafkaCompanion companion() {
        return new KafkaCompanion(AccordTestResource.infrastructure().kafkaBootstrap());
    }

    /** Publishes with a plain producer and waits for the broker's acknowledgement. */
    public static RecordMetadata publish(String bootstrap, String topic, byte[] value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(topic, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("publish to " + topic + " failed", e);
        }
    }

    public static RecordMetadata publish(String topic, String value) {
        return publish(
                AccordTestResource.infrastructure().kafkaBootstrap(), topic, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The offset after the last record of each partition of {@code topics} (none for a topic not created yet). */
    public static Map<TopicPartition, Long> endOffsets(KafkaCompanion kafka, String... topics) {
        Set<String> existing = kafka.topics().list();
        String[] present = Arrays.stream(topics).filter(existing::contains).toArray(String[]::new);
        Map<TopicPartition, Long> ends = new HashMap<>();
        if (present.length == 0) {
            return ends;
        }
        kafka.topics()
                .describe(present)
                .values()
                .forEach(t -> t.partitions().forEach(p -> ends.put(new TopicPartition(t.name(), p.partition()), 0L)));
        kafka.offsets().list(List.copyOf(ends.keySet())).forEach((tp, end) -> ends.put(tp, end.offset()));
        return ends;
    }

    /** The records at or after {@code from} (end offsets taken earlier): those written since. */
    public static <K, V> List<ConsumerRecord<K, V>> since(
            List<ConsumerRecord<K, V>> records, Map<TopicPartition, Long> from) {
        return records.stream()
                .filter(r -> r.offset() >= from.getOrDefault(new TopicPartition(r.topic(), r.partition()), 0L))
                .toList();
    }
}
