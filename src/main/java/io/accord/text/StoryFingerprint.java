package io.accord.text;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tells two articles to be versions of one story (a refiled or updated wire story, a shorter cut of it, the same
 * text under another URL): a MinHash signature of the body's five-word shingles. {@link #overlap} estimates the share of
 * the shorter text's shingles the longer one holds; {@link #bands} are the keys under which versions meet (32 bands of
 * 3 hashes: a pair sharing a third of their shingles meets with probability 0.6, one sharing half with 0.98).
 */
public record StoryFingerprint(int shingles, long[] minHashes) {

    /** The Kafka header that carries an event's article fingerprint on {@code events}. */
    public static final String HEADER = "accord_story";

    /** Two short articles (a dividend, a results table) are versions of one story when this alike ({@link #overlap}) … */
    public static final double VERSION_OVERLAP = 0.7;
    /**
     * … and two long ones when this alike: a writethrough rewrites a first take's lead and adds quotes and background,
     * while templates that differ only in names and figures are short items.
     */
    public static final double LONG_VERSION_OVERLAP = 0.45;
    /** The shingles the shorter of two articles needs for {@link #LONG_VERSION_OVERLAP}. */
    public static final int LONG_STORY_SHINGLES = 150;
    /** … and published at most this many days apart. */
    public static final int VERSION_DAYS = 3;

    public static final int HASHES = 96;
    public static final int ROWS = 3;
    public static final int BANDS = HASHES / ROWS;
    private static final int SHINGLE_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    public static StoryFingerprint of(String text) {
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        long[] window = new long[SHINGLE_WORDS];
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        int words = 0;
        int shingles = 0;
        while (m.find()) {
            window[words % SHINGLE_WORDS] = fnv(m.group());
            words++;
            if (words >= SHINGLE_WORDS) {
                long shingle = 0;
                for (int i = 0; i < SHINGLE_WORDS; i++) {
                    shingle = shingle * 0x100000001B3L + window[(words + i) % SHINGLE_WORDS];
                }
                shingles++;
                for (int h = 0; h < HASHES; h++) {
                    long v = mix(shingle ^ SEEDS[h]);
                    if (v < min[h]) {
                        min[h] = v;
                    }
                }
            }
        }
        return new StoryFingerprint(shingles, min);
    }

    /** Estimated share of the shorter text's shingles found in the longer one (0 when either has none). */
    public double overlap(StoryFingerprint other) {
        if (shingles == 0 || other.shingles == 0) {
            return 0;
        }
        int same = 0;
        for (int h = 0; h < HASHES; h++) {
            if (minHashes[h] == other.minHashes[h]) {
                same++;
            }
        }
        double jaccard = same / (double) HASHES;
        double shared = jaccard / (1 + jaccard) * (shingles + other.shingles);
        return Math.min(1, shared / Math.min(shingles, other.shingles));
    }

    /** The overlap at which {@code other} is a version of this story; see {@link #LONG_VERSION_OVERLAP}. */
    public double versionThreshold(StoryFingerprint other) {
        return Math.min(shingles, other.shingles) >= LONG_STORY_SHINGLES ? LONG_VERSION_OVERLAP : VERSION_OVERLAP;
    }

    /** Whether {@code other} tells this story in another version (the days apart are the caller's to check). */
    public boolean isVersion(StoryFingerprint other) {
        return overlap(other) >= versionThreshold(other);
    }

    /** One key per band of {@link #ROWS} hashes; two versions of a story share at least one. */
    public long[] bands() {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long v = b;
            for (int r = 0; r < ROWS; r++) {
                v = mix(v * 31 + minHashes[b * ROWS + r]);
            }
            out[b] = v;
        }
        return out;
    }

    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(4 + 8 * HASHES);
        b.putInt(shingles);
        for (long h : minHashes) {
            b.putLong(h);
        }
        return b.array();
    }

    /** The header value: {@link #toBytes} in Base64, so that kcat and other tools print it as text. */
    public byte[] toHeader() {
        return Base64.getEncoder().encode(toBytes());
    }

    /** The fingerprint {@link #toHeader} wrote; null for anything else. */
    public static StoryFingerprint fromHeader(byte[] header) {
        if (header == null) {
            return null;
        }
        try {
            return fromBytes(Base64.getDecoder().decode(header));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** The fingerprint {@link #toBytes} wrote; null for anything else. */
    public static StoryFingerprint fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != 4 + 8 * HASHES) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int shingles = b.getInt();
        long[] h = new long[HASHES];
        for (int i = 0; i < HASHES; i++) {
            h[i] = b.getLong();
        }
        return shingles < 0 ? null : new StoryFingerprint(shingles, h);
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= c & 0xff;
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a fixed, well-spread permutation of 64-bit values. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 20261204L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9e3779b97f4a7c15L;
            s[i] = mix(x);
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryFingerprint f && f.shingles == shingles && Arrays.equals(f.minHashes, minHashes);
    }

    @Override
    public int hashCode() {
        return 31 * shingles + Arrays.hashCode(minHashes);
    }

    @Override
    public String toString() {
        return "StoryFingerprint[" + shingles + " shingles]";
    }
}
