package io.accord.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for the rule regexes, tried only where a match can begin. Which two-character openings can
 * start a match is asked of the pattern itself once, at load ({@link Matcher#hitEnd()}: could more input still
 * match?), so the answer is the regex's own for any rule file; a sentence is then matched only at those places,
 * instead of trying every alternative of every rule at every character. Same answer as {@code find()}.
 */
final class QuickFind {

    private static final int ASCII = 128;
    private static final int END = ASCII;
    private final Pattern pattern;
    /** [first][second or END]: can a match start with these two characters (ASCII; anything else is always tried)? */
    private final boolean[][] opening = new boolean[ASCII][ASCII + 1];
    /** The pattern opens with \b before a word character: only word starts need trying. */
    private final boolean atWordStarts;

    private final boolean anywhere;

    QuickFind(Pattern pattern) {
        this.pattern = pattern;
        String source = pattern.pattern();
        // a look-behind sees what precedes the opening, which the probes below cannot show; an empty match needs no
        // opening
        this.anywhere = source.contains("(?<") || pattern.matcher("").find();
        boolean wordFirst = true;
        for (char a = 0; a < ASCII; a++) {
            Matcher one = pattern.matcher(String.valueOf(a));
            if (!(one.lookingAt() || one.hitEnd())) {
                continue;
            }
            opening[a][END] = true;
            wordFirst &= isWordChar(a);
            for (char b = 0; b < ASCII; b++) {
                Matcher two = pattern.matcher(new String(new char[] {a, b}));
                opening[a][b] = two.lookingAt() || two.hitEnd();
            }
        }
        String body = source.startsWith("(?i)") ? source.substring(4) : source;
        this.atWordStarts = wordFirst && body.startsWith("\\b");
    }

    Pattern pattern() {
        return pattern;
    }

    boolean find(CharSequence s) {
        if (anywhere) {
            return pattern.matcher(s).find();
        }
        int n = s.length();
        Matcher m = null;
        for (int p = 0; p < n; p++) {
            char a = s.charAt(p);
            if (a < ASCII) {
                char b = p + 1 < n ? s.charAt(p + 1) : 0;
                boolean open = p + 1 < n ? b >= ASCII || opening[a][b] : opening[a][END];
                if (!open || atWordStarts && p > 0 && isWordChar(s.charAt(p - 1))) {
                    continue;
                }
            }
            if (m == null) {
                m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (m.region(p, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** What Java 17's {@code \b} counts as part of a word. */
    static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
