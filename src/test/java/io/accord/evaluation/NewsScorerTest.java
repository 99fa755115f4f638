package io.accord.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scorer on hand-made labels and predictions, each figure worked out by hand. */
class NewsScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode node(String json) {
        try {
            return JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static final List<JsonNode> LABELS = List.of(
            node("{'id':'a','agreement':true,'gold':[{'status':'signed','date':'2012-05-01','arguments':["
                    + "{'text':'International Monetary Fund','code':null},{'text':'Greece','code':'GRC'}]}]}"),
            node("{'id':'b','agreement':true,'gold':[{'status':'agreed','date':null,'arguments':["
                    + "{'text':'Fiat SpA','code':null},{'text':'General Motors Corp','code':null}]},"
                    + "{'status':'negotiating','date':null,'arguments':[{'text':'Fiat','code':null},"
                    + "{'text':'Chrysler','code':null}]}]}"),
            node("{'id':'c','agreement':false,'gold':[]}"),
            node("{'id':'d','agreement':false,'gold':[]}"));

    @Test
    void everyFigureAsScoreNewsComputesIt() {
        Map<String, List<JsonNode>> predictions = Map.of(
                // an acronym and a country code match the two sides; the status is wrong, the date right
                "a",
                List.of(node("{'status':'agreed','date':'2012-05-01','parties':[{'name':'IMF','country':null},"
                        + "{'name':'Athens','country':'GRC'}]}")),
                // one event right (token containment), one with a single side right
                "b",
                List.of(
                        node("{'status':'agreed','parties':[{'name':'Fiat','country':null},"
                                + "{'name':'General Motors','country':null}]}"),
                        node("{'status':'negotiating','parties':[{'name':'Fiat','country':null},"
                                + "{'name':'Daimler','country':null}]}")),
                // two spurious events in an article without an agreement
                "c",
                List.of(
                        node("{'parties':[{'name':'X'},{'name':'Y'}]}"),
                        node("{'parties':[{'name':'Z'},{'name':'W'}]}")));

        NewsScorer.Figures f = NewsScorer.score(LABELS, predictions, 10);

        assertEquals(4, f.articles());
        assertEquals(2, f.articleTp());
        assertEquals(1, f.articleFp());
        assertEquals(0, f.articleFn());
        assertEquals(0.667, f.articlePrecision());
        assertEquals(1.0, f.articleRecall());
        assertEquals(0.8, f.articleF1());
        assertEquals(2, f.matched());
        assertEquals(5, f.predicted());
        assertEquals(3, f.gold());
        assertEquals(0.4, f.eventPrecision());
        assertEquals(0.667, f.eventRecall());
        assertEquals(0.5, f.eventF1());
        assertEquals(0.5, f.status());
        assertEquals(1.0, f.date());
        assertEquals(1, f.dated());
        assertEquals(100.0, f.spuriousPer100());
        assertEquals(4, f.misses().size());
        assertEquals(
                new NewsScorer.Miss("missed", "b", "negotiating", List.of("Fiat", "Chrysler")),
                f.misses().get(0));
        assertEquals(
                "articles 4: article P 0.667 R 1.0 F1 0.8; event P 0.4 R 0.667 F1 0.5 (2/3 gold, 5 predicted);"
                        + " status 0.5; date 1.0 of 1; spurious events per 100 no-agreement articles 100.0",
                f.summary());
    }

    @Test
    void nothingPredictedGivesZerosAndNoStatus() {
        NewsScorer.Figures f = NewsScorer.score(LABELS, Map.of(), 0);
        assertEquals(0.0, f.articleF1());
        assertEquals(0.0, f.eventF1());
        assertNull(f.status());
        assertNull(f.date());
        assertEquals(0.0, f.spuriousPer100());
        assertTrue(f.summary().contains("status None; date None of 0"), f.summary());
    }

    @Test
    void namesMatchByTokensAcronymsAndNotByAccident() {
        assertTrue(NewsScorer.nameMatch("Nippon Telegraph and Telephone Corp", "Nippon Telegraph and Telephone"));
        assertTrue(NewsScorer.nameMatch("the Ministry of Defense Industry", "Ministry of Defense Industry"));
        assertFalse(NewsScorer.nameMatch("General Electric", "General Motors Corp"));
        assertTrue(NewsScorer.acronymMatch("LSE", "London Stock Exchange"));
        assertTrue(NewsScorer.acronymMatch("U.S.", "United States"));
        assertFalse(NewsScorer.acronymMatch("Lse", "London Stock Exchange"));
        assertFalse(NewsScorer.acronymMatch("IMF", "Fund"));
    }

    @Test
    void roundsAndPrintsAsPythonDoes() {
        assertEquals(0.667, NewsScorer.round(2.0 / 3, 3));
        assertEquals(0.125, NewsScorer.round(0.125, 3));
        assertEquals("1.0", NewsScorer.py(1.0));
        assertEquals("0.5", NewsScorer.py(0.5));
        assertEquals("9.3", NewsScorer.py(9.3));
        assertEquals("None", NewsScorer.py(null));
    }
}
