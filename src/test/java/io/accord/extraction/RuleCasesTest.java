package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accord.ingest.ArticleNormalizer;
import io.accord.model.AgreementEvent;
import io.accord.model.Party;
import io.accord.model.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule cases of {@code rules/en/cases.tsv}, read by the rules alone (no learned gate): adding a case adds no Java. */
class RuleCasesTest {

    private static Extractor extractor;
    private static final ArticleNormalizer NORMALIZER = new ArticleNormalizer(Clock.systemUTC());

    @BeforeAll
    static void load() {
        extractor = Extractor.rulesOnly();
    }

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = RuleCasesTest.class.getResourceAsStream("/rules/en/cases.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .map(l -> l.split("\t", 3))
                            .map(f -> Arguments.of(f[0], f[1], f[2]))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void theSentenceGivesWhatTheCaseSays(String expected, String sides, String sentence) {
        List<AgreementEvent> events =
                extractor.extract(NORMALIZER.normalize(new RawArticle(null, null, sentence, null, "2023-03-15", null)));
        if (expected.equals("none")) {
            assertEquals(List.of(), events, "no event expected");
            return;
        }
        assertEquals(1, events.size(), () -> "one event expected: " + events);
        AgreementEvent e = events.get(0);
        assertEquals(expected, e.status());
        if (!sides.equals("-")) {
            List<String> names = e.parties().stream()
                    .map(Party::name)
                    .map(n -> n.toLowerCase(Locale.ROOT))
                    .toList();
            for (String side : sides.split("\\|")) {
                String s = side.toLowerCase(Locale.ROOT);
                if (s.startsWith("!")) {
                    assertFalse(names.contains(s.substring(1)), side.substring(1) + " is no side: " + names);
                    continue;
                }
                assertTrue(names.stream().anyMatch(n -> n.contains(s) || s.contains(n)), side + " among " + names);
            }
        }
    }
}
