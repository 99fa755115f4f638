package io.accord.extraction.reader;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cheap first look at every sentence: a logistic regression over the sentence's hashed words and word pairs,
 * trained to let through nearly every sentence that reports an agreement (its threshold is set for recall), so that
 * the encoder reads only those. Its weights are a file of {@code training/reader/train.py}.
 */
public final class PassageFilter {

    public static final int BUCKETS = 1 << 18;

    private final float[] weights;
    private final float bias;
    private final float threshold;

    public PassageFilter(float[] weights, float bias, float threshold) {
        if (weights.length != BUCKETS) {
            throw new IllegalArgumentException("expected " + BUCKETS + " weights, got " + weights.length);
        }
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
    }

    /** Reads the file train.py writes: "AFLT", then the bias, the threshold and BUCKETS weights, big-endian floats. */
    public static PassageFilter read(InputStream in) {
        try (DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in))) {
            byte[] magic = data.readNBytes(4);
            if (!"AFLT".equals(new String(magic, StandardCharsets.US_ASCII))) {
                throw new IllegalArgumentException("not a passage filter file");
            }
            float bias = data.readFloat();
            float threshold = data.readFloat();
            float[] w = new float[BUCKETS];
            for (int i = 0; i < BUCKETS; i++) {
                w[i] = data.readFloat();
            }
            return new PassageFilter(w, bias, threshold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean passes(String sentence) {
        return score(sentence) >= threshold;
    }

    /** The probability the sentence reports an agreement development, as the filter sees it. */
    public double score(String sentence) {
        double z = bias;
        for (int bucket : features(sentence)) {
            z += weights[bucket];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public float threshold() {
        return threshold;
    }

    /** The words ([a-z0-9]+ of the lower-cased text) and adjacent pairs, each hashed to a bucket (FNV-1a, 32 bits). */
    public static List<Integer> features(String sentence) {
        List<String> words = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < lower.length() && isWordChar(lower.charAt(i))) {
                i++;
            }
            words.add(lower.substring(start, i));
        }
        List<Integer> out = new ArrayList<>(words.size() * 2);
        for (int w = 0; w < words.size(); w++) {
            out.add(bucket("u:" + words.get(w)));
            if (w > 0) {
                out.add(bucket("b:" + words.get(w - 1) + " " + words.get(w)));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    static int bucket(String feature) {
        int h = 0x811C9DC5;
        for (byte b : feature.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x01000193;
        }
        return (h & 0x7FFFFFFF) % BUCKETS;
    }
}
