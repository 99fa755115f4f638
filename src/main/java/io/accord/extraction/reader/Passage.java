package io.accord.extraction.reader;

import java.util.List;

/**
 * One sentence of an article read in its context: the tokens of {@code [CLS] title [SEP] previous sentence, sentence
 * [SEP]}, each with the part it belongs to and the characters it came from (in the title or in the body).
 *
 * @param start where the sentence starts in the body
 * @param end where it ends
 * @param ids vocabulary ids, padded to no length: one per token
 * @param parts {@link #SPECIAL}, {@link #TITLE}, {@link #CONTEXT} or {@link #SENTENCE} per token
 * @param starts first character of each token, in the title for title tokens, else in the body (-1 for specials)
 * @param ends end of each token's characters
 */
public record Passage(int index, int start, int end, int[] ids, int[] parts, int[] starts, int[] ends) {

    public static final int SPECIAL = 0;
    public static final int TITLE = 1;
    public static final int CONTEXT = 2;
    public static final int SENTENCE = 3;

    public int size() {
        return ids.length;
    }

    /** The characters of tokens [from, to) as one span of the title or of the body. */
    public String text(int from, int to, String title, String body) {
        String source = parts[from] == TITLE ? title : body;
        return source.substring(starts[from], ends[to - 1]);
    }

    static Passage of(int index, int start, int end, List<int[]> tokens) {
        int n = tokens.size();
        int[] ids = new int[n], parts = new int[n], starts = new int[n], ends = new int[n];
        for (int i = 0; i < n; i++) {
            int[] t = tokens.get(i);
            ids[i] = t[0];
            parts[i] = t[1];
            starts[i] = t[2];
            ends[i] = t[3];
        }
        return new Passage(index, start, end, ids, parts, starts, ends);
    }
}
