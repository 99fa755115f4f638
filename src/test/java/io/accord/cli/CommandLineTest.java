package io.accord.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.testing.AccordTestResource;
import io.accord.testing.KafkaClients;
import io.accord.testing.Seeds;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord publish}: files and folders to a topic on the real broker, acknowledged or a non-zero exit. */
@QuarkusTest
@QuarkusTestResource(AccordTestResource.class)
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int publish(String... args) {
        out.reset();
        err.reset();
        return PublishCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void publishesAFolderOfTextAndJsonlFilesRecordForRecord(@TempDir Path dir) throws Exception {
        String bootstrap = AccordTestResource.infrastructure().kafkaBootstrap();
        Files.copy(Seeds.SEED, dir.resolve("a-seed.txt"));
        Files.writeString(dir.resolve("b-more.jsonl"), "{\"body\": \"one\"}\n\n{\"body\": \"two\"}\n");
        Files.writeString(dir.resolve(".hidden"), "not an article");

        KafkaCompanion kafka = KafkaClients.companion();
        try (ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics("cli-articles")) {
            assertEquals(
                    0, publish("--bootstrap", bootstrap, "--topic", "cli-articles", dir.toString()), err.toString());
            assertEquals("published 3 articles to cli-articles at " + bootstrap + "\n", out.toString());
            topic.awaitRecords(3, Duration.ofSeconds(30));
            assertEquals(
                    List.of(Seeds.seed(), "{\"body\": \"one\"}", "{\"body\": \"two\"}"),
                    topic.getRecords().stream().map(ConsumerRecord::value).toList());
        } finally {
            kafka.close();
        }
    }

    @Test
    void aRecordIngestWouldRefuseIsNamedAndNotSentWhileTheOthersAre(@TempDir Path dir) throws Exception {
        String bootstrap = AccordTestResource.infrastructure().kafkaBootstrap();
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, "{\"body\": \"one\"}\n{\"title\": \"no body\"}\n{\"body\": \"three\"}\n");

        KafkaCompanion kafka = KafkaClients.companion();
        try (ConsumerTask<String, String> topic = kafka.consumeStrings().fromTopics("cli-mixed")) {
            assertEquals(1, publish("--bootstrap", bootstrap, "--topic", "cli-mixed", file.toString()));
            assertEquals("published 2 articles to cli-mixed at " + bootstrap + "\n", out.toString());
            assertTrue(
                    err.toString().startsWith("publish: " + file + ":2: not sent: 'body' (or 'text') is required"),
                    err.toString());
            topic.awaitRecords(2, Duration.ofSeconds(30));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> topic.count() == 2);
            assertEquals(
                    List.of("{\"body\": \"one\"}", "{\"body\": \"three\"}"),
                    topic.getRecords().stream().map(ConsumerRecord::value).toList());
        } finally {
            kafka.close();
        }
    }

    @Test
    void failsClearlyWhenNothingCanBePublished() {
        assertEquals(0, publish("--help"));
        assertTrue(out.toString().contains("usage: accord publish"));
        assertEquals(2, publish());
        assertEquals(
                1, publish("--bootstrap", AccordTestResource.infrastructure().kafkaBootstrap(), "no/such/folder"));
        assertTrue(err.toString().contains("cannot read"), err.toString());
        // nothing listens on port 1: the broker never acknowledges
        assertEquals(1, publish("--bootstrap", "localhost:1", Seeds.SEED.toString()));
        assertTrue(
                err.toString().contains("not acknowledged") || err.toString().startsWith("publish:"), err.toString());
    }
}
