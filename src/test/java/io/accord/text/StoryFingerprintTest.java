package io.accord.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryFingerprintTest {

    static final String STORY = "LONDON (Wire) - Northgate Rail and the Port of Valdora agreed on Tuesday to build a "
            + "freight line between the port and the inland depot at Carrow, a project both sides put at 1.2 billion "
            + "euros. The agreement, signed in Valdora by the port's chairman and Northgate's chief executive, ends two "
            + "years of talks over who would pay for the bridge across the Esk estuary. Northgate will own 60 percent "
            + "of the line and the port the rest. Work is due to start next spring and the first trains should run in "
            + "2029, the companies said in a joint statement. Shares in Northgate rose 3 percent in early trading. "
            + "Analysts said the line would cut the cost of moving containers inland by a fifth and take some 400 "
            + "lorries a day off the coast road. The port has been losing traffic to rivals further north since the "
            + "closure of the old branch line in 2019, and its owners had warned that without a rail link they would "
            + "have to cut jobs. Unions at the port welcomed the deal but said they wanted guarantees on staffing.";

    static final String OTHER = "TOKYO (Wire) - Japan's central bank kept interest rates on hold on Wednesday and "
            + "said the economy was recovering moderately, though exports to China had slowed. The bank's governor "
            + "told reporters that price growth was likely to stay near its target next year, and that the bank would "
            + "not hesitate to act if the yen's strength hurt exporters. Economists polled before the meeting had "
            + "expected no change. Government bond yields edged lower after the decision.";

    @Test
    void theSameTextUnderAnotherUrlIsOneStory() {
        assertEquals(1.0, StoryFingerprint.of(STORY).overlap(StoryFingerprint.of(STORY)), 1e-9);
        assertEquals(
                StoryFingerprint.of(STORY),
                StoryFingerprint.of(STORY.toUpperCase().replace(",", " ,")),
                "case and punctuation do not matter");
    }

    @Test
    void anUpdatedRefileAndAShorterCutAreVersions() {
        String update = "UPDATE 1 - Adds union comment, share price. "
                + STORY.replace("rose 3 percent", "closed 4 percent higher")
                + " A spokesman for the transport ministry said the government would review the plans next month.";
        String cut = STORY.substring(0, STORY.indexOf("Analysts said"));
        StoryFingerprint story = StoryFingerprint.of(STORY);
        assertTrue(story.overlap(StoryFingerprint.of(update)) >= 0.7, "" + story.overlap(StoryFingerprint.of(update)));
        assertTrue(story.overlap(StoryFingerprint.of(cut)) >= 0.7, "" + story.overlap(StoryFingerprint.of(cut)));
        assertTrue(sharedBands(story, StoryFingerprint.of(update)) > 0);
        assertTrue(sharedBands(story, StoryFingerprint.of(cut)) > 0);
    }

    @Test
    void anotherStoryIsNotAVersion() {
        StoryFingerprint story = StoryFingerprint.of(STORY);
        StoryFingerprint other = StoryFingerprint.of(OTHER);
        assertTrue(story.overlap(other) < 0.2, "" + story.overlap(other));
        assertEquals(0, sharedBands(story, other));
    }

    @Test
    void itTravelsAsBytesAndRefusesAnythingElse() {
        StoryFingerprint f = StoryFingerprint.of(STORY);
        StoryFingerprint back = StoryFingerprint.fromBytes(f.toBytes());
        assertEquals(f, back);
        assertArrayEquals(f.bands(), back.bands());
        assertNull(StoryFingerprint.fromBytes(new byte[7]));
        assertNull(StoryFingerprint.fromBytes(null));
    }

    @Test
    void itTravelsAsPrintableTextInAHeaderAndRefusesAnythingElse() {
        StoryFingerprint f = StoryFingerprint.of(STORY);
        byte[] header = f.toHeader();
        assertTrue(new String(header, java.nio.charset.StandardCharsets.US_ASCII).matches("[A-Za-z0-9+/=]+"));
        assertEquals(f, StoryFingerprint.fromHeader(header));
        assertNull(StoryFingerprint.fromHeader("not a fingerprint!".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertNull(StoryFingerprint.fromHeader("AAAA".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertNull(StoryFingerprint.fromHeader(null));
    }

    @Test
    void aTextTooShortForAShingleMatchesNothing() {
        StoryFingerprint empty = StoryFingerprint.of("Deal off.");
        assertEquals(0, empty.shingles());
        assertEquals(0, empty.overlap(empty));
    }

    static long sharedBands(StoryFingerprint a, StoryFingerprint b) {
        Set<Long> x = new HashSet<>();
        Arrays.stream(a.bands()).forEach(x::add);
        return Arrays.stream(b.bands()).filter(x::contains).count();
    }
}
