package io.accord.extraction.reader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The base encoder loads from its Maven jar and gives each token of a passage 384 numbers, the same every time. */
class BaseEncoderTest {

    @Test
    void encodesPassagesOfDifferentLengthsInOneBatch() {
        List<Passage> passages = PassageSplitterTest.SPLITTER.passages(PassageSplitterTest.article(
                "Deal", "Chile and Peru signed a fishing agreement in Lima. Talks went on for a year before that."));
        try (BaseEncoder encoder = new BaseEncoder()) {
            float[][][] both = encoder.encode(passages);
            assertEquals(2, both.length);
            assertEquals(BaseEncoder.WIDTH, both[0][0].length);
            float[][][] alone = encoder.encode(List.of(passages.get(0)));
            // padding does not change a shorter passage's numbers (within float rounding)
            for (int t = 0; t < passages.get(0).size(); t++) {
                assertArrayEquals(alone[0][t], both[0][t], 1e-4f);
            }
        }
    }

    @Test
    void aModelNotOnTheClassPathFailsNamingIt() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> new BaseEncoder("no-such-model.onnx"));
        assertTrue(e.getMessage().contains("no-such-model.onnx"), e.getMessage());
    }
}
