package io.accord.extraction;

import io.accord.extraction.LanguagePipeline.Tokens;
import java.util.Set;

/** A sentence tagged by hand ("Kestrel/PROPN said/VERB"), so a test fixes the tags the code under test reads. */
record HandTagged(String text, Tokens tokens) {

    static HandTagged of(String tagged) {
        String[] parts = tagged.split(" ");
        String[] words = new String[parts.length];
        String[] tags = new String[parts.length];
        int[] starts = new int[parts.length];
        int[] ends = new int[parts.length];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            int slash = parts[i].lastIndexOf('/');
            words[i] = parts[i].substring(0, slash);
            tags[i] = parts[i].substring(slash + 1);
            if (i > 0 && !attachesLeft(words[i]) && !attachesRight(words[i - 1])) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(words[i]);
            ends[i] = text.length();
        }
        return new HandTagged(text.toString(), new Tokens(words, tags, starts, ends));
    }

    /** The index of the first token that is this word. */
    int index(String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.words()[i].equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word + " is not a token of: " + text);
    }

    /** The actor spanning the first occurrence of {@code span} in the text. */
    Actor actor(String span, String name, String country, String sector, String kind, boolean known) {
        int start = text.indexOf(span);
        if (start < 0) {
            throw new IllegalArgumentException(span + " is not in: " + text);
        }
        return new Actor(start, start + span.length(), name, country, sector, kind, known);
    }

    private static boolean attachesLeft(String word) {
        return Set.of("'s", "’s", ",", ".", ")", "]").contains(word);
    }

    private static boolean attachesRight(String word) {
        return word.equals("(") || word.equals("[");
    }
}
