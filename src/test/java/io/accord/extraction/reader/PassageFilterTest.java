package io.accord.extraction.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter hashes words as training/reader/filter.py does, and reads the file it writes. */
class PassageFilterTest {

    @Test
    void hashesWordsAndPairsAsTheTrainerDoes() {
        // the buckets filter.py gives for the same features
        assertEquals(52242, PassageFilter.bucket("u:agreed"));
        assertEquals(208050, PassageFilter.bucket("b:signed a"));
        assertEquals(164716, PassageFilter.bucket("u:café"));
        // the same buckets in another order: the score is their sum
        assertEquals(
                List.of(249551, 118119, 25112, 166282, 84461, 76244, 120287, 216772, 201697, 208050, 143194).stream()
                        .sorted()
                        .toList(),
                PassageFilter.features("Chile and Peru signed a deal.").stream()
                        .sorted()
                        .toList());
    }

    @Test
    void readsTheTrainersFileAndScoresByItsThreshold() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeBytes("AFLT");
            out.writeFloat(-3f);
            out.writeFloat(0.5f);
            for (int i = 0; i < PassageFilter.BUCKETS; i++) {
                out.writeFloat(i == PassageFilter.bucket("u:signed") ? 4f : 0f);
            }
        }
        PassageFilter filter = PassageFilter.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(filter.passes("Chile and Peru signed a deal."));
        assertFalse(filter.passes("Rain fell in Lima."));
        assertEquals(1 / (1 + Math.exp(3)), filter.score("Rain fell in Lima."), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> PassageFilter.read(new ByteArrayInputStream(new byte[8])));
    }
}
