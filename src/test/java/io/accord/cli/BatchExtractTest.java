package io.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch command: order kept across threads, bad lines answered not fatal, raw text read like the services do. */
class BatchExtractTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void jsonlInOrderWithSeveralThreadsAndAnErrorLineThatDoesNotStopTheRun(@TempDir Path dir) throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            String text = i % 3 == 0
                    ? "Chile and Peru signed a fishing agreement in Lima on Monday."
                    : "The weather was fine in Lima on Monday.";
            in.append(json.writeValueAsString(java.util.Map.of("id", "a" + i, "text", text, "published", "2024-03-05")))
                    .append('\n');
            if (i == 30) {
                in.append("{\"id\": \"broken\", \"text\": 42}\n");
            }
        }
        Path input = Files.writeString(dir.resolve("in.jsonl"), in);
        Path output = dir.resolve("out.jsonl");

        assertEquals(0, BatchExtract.run(new String[] {
            "--input", input.toString(), "--output", output.toString(), "--threads", "3", "--quiet"
        }));

        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertEquals(61, lines.size());
        int n = 0;
        for (String line : lines) {
            JsonNode row = json.readTree(line);
            if (row.get("id").asText().equals("broken")) {
                assertTrue(row.get("error").asText().contains("must be a string"), line);
                continue;
            }
            assertEquals("a" + n, row.get("id").asText(), "output keeps input order");
            assertEquals(n % 3 == 0 ? 1 : 0, row.get("events").size(), line);
            n++;
        }
    }

    @Test
    void aPlainTextArticleIsReadWithItsTitleAndDateline(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("seed.jsonl");
        assertEquals(0, BatchExtract.run(new String[] {
            "--input", "seeds/000_7342f1c551cf0f21.txt", "--output", output.toString(), "--quiet"
        }));
        JsonNode event = json.readTree(Files.readString(output)).get("events").get(0);
        assertEquals("evt_d863cdb04a910dc801d2", event.get("id").asText());
        assertEquals("2019-06-26", event.get("article").get("published").asText());
    }

    @Test
    void helpAndBadOptions() throws Exception {
        assertEquals(0, BatchExtract.run(new String[] {"--help"}));
        assertEquals(2, BatchExtract.run(new String[] {"--threads"}));
        assertEquals(2, BatchExtract.run(new String[] {"--nonsense"}));
        assertEquals(1, BatchExtract.run(new String[] {"--input", "no/such/file.jsonl"}));
    }
}
