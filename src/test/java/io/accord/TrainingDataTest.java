package io.accord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's labels: the held-out share stays out of every training input, and every label line is one the
 * guidelines' format allows, for articles the draw chose.
 */
class TrainingDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LABELS = Path.of("training/labels");
    private static final Path HELD_OUT = LABELS.resolve("news-heldout.jsonl");
    private static final Set<String> STATUSES =
            Set.of("signed", "agreed", "intent", "negotiating", "proposed", "rejected", "suspended");

    @Test
    void noTrainingInputHoldsAHeldOutArticle() throws IOException {
        Set<String> heldOut = ids(HELD_OUT);
        assertTrue(heldOut.size() >= 300, "the held-out share has " + heldOut.size() + " articles");
        List<Path> inputs = trainingInputs();
        assertTrue(inputs.contains(LABELS.resolve("news-train.jsonl")), inputs.toString());
        assertTrue(inputs.contains(Path.of("src/main/training/corpus-labels.jsonl")), inputs.toString());
        List<String> leaks = new ArrayList<>();
        for (Path input : inputs) {
            for (String id : ids(input)) {
                if (heldOut.contains(id)) {
                    leaks.add(input + ": " + id);
                }
            }
        }
        assertEquals(List.of(), leaks, "held-out articles in training inputs");
    }

    @Test
    void everyNewsLabelIsWellFormedAndWasDrawn() throws IOException {
        Set<String> drawn = new HashSet<>();
        for (String draw : List.of("draw.tsv", "draw-2.tsv")) {
            Files.readAllLines(LABELS.resolve(draw)).forEach(l -> drawn.add(l.split("\t")[0]));
        }
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Path file : List.of(LABELS.resolve("news-train.jsonl"), HELD_OUT)) {
            for (JsonNode label : lines(file)) {
                String id = label.path("id").asText();
                if (!seen.add(id)) {
                    problems.add(id + ": labelled twice");
                }
                if (!drawn.contains(id)) {
                    problems.add(id + ": not in the draw");
                }
                boolean agreement = label.path("agreement").asBoolean();
                if (agreement == label.path("gold").isEmpty()) {
                    problems.add(id + ": gold must be empty exactly when agreement is false");
                }
                for (JsonNode event : label.path("gold")) {
                    if (!STATUSES.contains(event.path("status").asText())) {
                        problems.add(id + ": status " + event.path("status"));
                    }
                    if (event.path("arguments").size() < 2) {
                        problems.add(id + ": an event with fewer than two sides");
                    }
                }
                if (label.path("note").asText().isBlank()) {
                    problems.add(id + ": no note");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(seen.size() >= 3000, seen.size() + " news labels");
    }

    /** Every labelled file a trainer may read: the labels of this repository other than the held-out and agreement sets. */
    private static List<Path> trainingInputs() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (Path root : List.of(Path.of("training"), Path.of("src/main/training"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".jsonl"))
                        .filter(p -> !p.equals(HELD_OUT) && !p.startsWith(LABELS.resolve("agreement")))
                        .sorted()
                        .forEach(inputs::add);
            }
        }
        return inputs;
    }

    private static Set<String> ids(Path file) throws IOException {
        Set<String> ids = new HashSet<>();
        lines(file).forEach(l -> ids.add(l.path("id").asText()));
        return ids;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}
