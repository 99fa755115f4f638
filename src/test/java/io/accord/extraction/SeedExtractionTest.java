package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.ingest.ArticleNormalizer;
import io.accord.ingest.ArticleParser;
import io.accord.model.AgreementEvent;
import io.accord.model.NormalizedArticle;
import io.accord.testing.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article gives exactly one event, the one expected, field by field. */
class SeedExtractionTest {

    static NormalizedArticle article;
    static List<AgreementEvent> events;

    @BeforeAll
    static void extract() {
        article = new ArticleNormalizer(Clock.systemUTC())
                .normalize(ArticleParser.parseRecord(Seeds.seed().getBytes(StandardCharsets.UTF_8)));
        events = new Extractor().extract(article);
    }

    @Test
    void oneEventOnly() {
        assertEquals(1, events.size(), () -> "events: " + events);
    }

    /**
     * Every field exactly as {@code src/test/resources/seed/expected-event.json} has it: a change to any of them is a
     * decision, made by updating that file. Each value there is one that {@code eval/seed-expected.json} accepts
     * (where it lists alternatives, e.g. four CAMEO codes, this is the one Accord gives).
     */
    @Test
    void everyFieldIsTheExpectedOne() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode expected;
        try (InputStream in = SeedExtractionTest.class.getResourceAsStream("/seed/expected-event.json")) {
            expected = json.readTree(in);
        }
        JsonNode actual = json.valueToTree(events.get(0));
        List<String> fields = new ArrayList<>();
        expected.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            assertEquals(expected.get(field), actual.get(field), field);
        }
        List<String> actualFields = new ArrayList<>();
        actual.fieldNames().forEachRemaining(actualFields::add);
        assertEquals(fields, actualFields, "the event's fields, in order");
    }

    @Test
    void evidenceIsTheBodyAtItsOffsets() {
        AgreementEvent e = events.get(0);
        e.evidence().forEach(v -> assertEquals(v.text(), article.body().substring(v.start(), v.end())));
        assertEquals(article.id(), e.article().id());
        assertEquals(e.id(), new Extractor().extract(article).get(0).id(), "the event id is deterministic");
    }
}
