package io.accord.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SHA-256 of the UTF-8 bytes of a string, as 64 lower-case hex digits. */
class HashesTest {

    @Test
    void knownStringsGiveTheirPublishedSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashes.sha256("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hashes.sha256(""));
    }

    @Test
    void nonAsciiTextIsHashedAsUtf8() {
        assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", Hashes.sha256("\u00e9"));
    }

    @Test
    void sameInputGivesTheSameHashAndDifferentInputADifferentOne() {
        assertEquals(Hashes.sha256("art|https://example.org/a"), Hashes.sha256("art|https://example.org/a"));
        assertNotEquals(Hashes.sha256("art|https://example.org/a"), Hashes.sha256("art|https://example.org/b"));
    }

    @Test
    void hashIsSixtyFourLowerCaseHexDigits() {
        assertTrue(Hashes.sha256("Russia and Turkey").matches("[0-9a-f]{64}"));
    }
}
