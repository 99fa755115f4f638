package io.accord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README and the docs: every relative link and anchor resolves on a clean clone, and the README stays short. */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```");

    @Test
    void everyRelativeLinkAndAnchorResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            String text = FENCE.matcher(Files.readString(doc)).replaceAll("");
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                String[] parts = target.split("#", 2);
                Path file = parts[0].isEmpty()
                        ? doc
                        : doc.toAbsolutePath().getParent().resolve(parts[0]).normalize();
                if (!Files.exists(file)) {
                    broken.add(doc + ": " + target + " (no such file)");
                } else if (parts.length == 2
                        && file.toString().endsWith(".md")
                        && !anchors(file).contains(parts[1])) {
                    broken.add(doc + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theReadmeIsAUsersGuideOfAtMost450Lines() throws IOException {
        long lines = Files.readAllLines(Path.of("README.md")).size();
        assertTrue(lines <= 450, "README.md has " + lines + " lines; the detail belongs under docs/");
    }

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
        try (Stream<Path> files = Files.walk(Path.of("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        try (Stream<Path> files = Files.walk(Path.of("training"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
    static Set<String> anchors(Path file) throws IOException {
        String text = FENCE.matcher(Files.readString(file)).replaceAll("");
        return text.lines()
                .filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT))
                .map(h -> h.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }
}
