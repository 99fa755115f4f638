package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    /** A demonym a state shares with its territories is the state's ("French" is not the French Southern Lands). */
    @ParameterizedTest
    @CsvSource({"French,FRA", "Dutch,NLD", "British,GBR", "American,USA", "Danish,DNK", "Chinese,CHN", "Azeri,AZE"})
    void demonymsNameTheState(String demonym, String code) {
        assertEquals(code, GAZETTEER.lookup(demonym).orElseThrow().country());
    }
}
