package io.accord.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Keyset cursors: URL-safe unpadded encoding, round trip, and rejection of cursors the API did not give out. */
class CursorsTest {

    record Position(LocalDate date, String id) {}

    private static final BiFunction<String, String, Position> BY_DATE =
            (date, id) -> new Position(LocalDate.parse(date), id);

    private static final BiFunction<String, String, Object> NEVER_CALLED = (position, id) -> {
        throw new AssertionError("read called for " + position + " / " + id);
    };

    @Test
    void dateCursorReadsBackToTheSameDateAndId() {
        String cursor = Cursors.encode(LocalDate.of(2019, 6, 25), "evt_d863cdb04a910dc801d2");
        assertEquals(
                new Position(LocalDate.of(2019, 6, 25), "evt_d863cdb04a910dc801d2"), Cursors.decode(cursor, BY_DATE));
    }

    @Test
    void instantCursorReadsBackToTheSameInstantAndId() {
        Instant at = Instant.parse("2024-03-01T10:15:30.123456Z");
        String cursor = Cursors.encode(at, "agr_1");
        assertEquals(at, Cursors.decode(cursor, (time, id) -> Instant.parse(time)));
        assertEquals("agr_1", Cursors.decode(cursor, (time, id) -> id));
    }

    @Test
    void idMayContainTheSeparator() {
        String cursor = Cursors.encode("2019-06-25", "a|b");
        assertEquals(new Position(LocalDate.of(2019, 6, 25), "a|b"), Cursors.decode(cursor, BY_DATE));
    }

    @Test
    void encodingIsUrlSafeBase64WithoutPadding() {
        assertEquals("Pj4-fD8_Pw", Cursors.encode(">>>", "???"));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        String cursor = Cursors.encode(LocalDate.of(2019, 6, 25), "evt_1");
        assertEquals(new Position(LocalDate.of(2019, 6, 25), "evt_1"), Cursors.decode("  " + cursor + "\n", BY_DATE));
    }

    @Test
    void absentOrBlankCursorMeansNoneAndIsNotRead() {
        assertNull(Cursors.decode(null, NEVER_CALLED));
        assertNull(Cursors.decode("", NEVER_CALLED));
        assertNull(Cursors.decode("   ", NEVER_CALLED));
    }

    @Test
    void textThatIsNotBase64IsRejectedNamingTheCursorParameter() {
        InvalidParameterException e =
                assertThrows(InvalidParameterException.class, () -> Cursors.decode("not a cursor!", BY_DATE));
        assertEquals("cursor", e.field());
        assertEquals("cursor is not one this API returned", e.getMessage());
    }

    @Test
    void cursorWithoutTheSeparatorIsRejected() {
        String cursor =
                Base64.getUrlEncoder().withoutPadding().encodeToString("nobar".getBytes(StandardCharsets.UTF_8));
        InvalidParameterException e =
                assertThrows(InvalidParameterException.class, () -> Cursors.decode(cursor, BY_DATE));
        assertEquals("cursor", e.field());
    }

    @Test
    void tamperedCursorWhosePositionNoLongerParsesIsRejected() {
        String cursor = Cursors.encode(LocalDate.of(2019, 6, 25), "evt_1");
        String tampered = "A" + cursor.substring(1);
        assertNotEquals(cursor, tampered);
        InvalidParameterException e =
                assertThrows(InvalidParameterException.class, () -> Cursors.decode(tampered, BY_DATE));
        assertEquals("cursor", e.field());
    }
}
