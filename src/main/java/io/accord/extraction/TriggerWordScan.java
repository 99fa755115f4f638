package io.accord.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Does a sentence hold a word of {@code triggers.tsv}: a form, a stem, or a sale verb in its "agreed to" / "will"
 * frame? Read word by word with set lookups: one regex of every form, tried at every position, was a sixth of the batch
 * command's time. Words are what Java 17's {@code \b} separates (letters, digits, '_'), case folded as {@code (?i)} does
 * (ASCII only), so it answers exactly what the regex {@code \b(?:forms|stem\w*|… to buy)\b} would.
 */
final class TriggerWordScan {

    private final Set<String> forms = new HashSet<>();
    private final List<String> stems = new ArrayList<>();
    private final Set<String> saleVerbs = new HashSet<>();
    /** Forms that are more than one word ("cease-fire"), few enough for a regex. */
    private final Pattern multiWordForms;

    TriggerWordScan(List<AgreementRules.TriggerWord> rows) {
        List<String> multi = new ArrayList<>();
        for (AgreementRules.TriggerWord row : rows) {
            String form = asciiLower(row.form());
            if ("agreed-sale".equals(row.condition())) {
                saleVerbs.add(form);
            } else if (!isOneWord(form)) {
                multi.add(Pattern.quote(form) + (row.stem() ? "\\w*" : ""));
            } else if (row.stem()) {
                stems.add(form);
            } else {
                forms.add(form);
            }
        }
        multiWordForms = multi.isEmpty() ? null : Pattern.compile("(?i)\\b(?:" + String.join("|", multi) + ")\\b");
    }

    boolean find(String sentence) {
        int n = sentence.length();
        int i = 0;
        // the two words before the current one, for the sale frames
        String previous = null;
        String beforePrevious = null;
        int previousEnd = -2;
        int beforePreviousEnd = -2;
        int previousStart = -2;
        while (i < n) {
            if (!QuickFind.isWordChar(sentence.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && QuickFind.isWordChar(sentence.charAt(i))) {
                ascii &= sentence.charAt(i) < 128;
                i++;
            }
            String word = asciiLower(sentence.substring(start, i));
            if (ascii && forms.contains(word)) {
                return true;
            }
            if (ascii) {
                for (String stem : stems) {
                    if (word.startsWith(stem)) {
                        return true;
                    }
                }
            } else {
                // "\w*" stops at a non-ASCII letter, where "\b" cannot hold: only the ASCII part before one could match
                for (String stem : stems) {
                    if (word.startsWith(stem) && allAsciiWord(word, stem.length())) {
                        return true;
                    }
                }
            }
            if (saleVerbs.contains(word) && previousEnd == start - 1 && sentence.charAt(start - 1) == ' ') {
                if (previous.equals("will")) {
                    return true;
                }
                if (previous.equals("to")
                        && beforePreviousEnd == previousStart - 1
                        && sentence.charAt(previousStart - 1) == ' '
                        && AgreementRules.SALE_AUXILIARIES.contains(beforePrevious)) {
                    return true;
                }
            }
            beforePrevious = previous;
            beforePreviousEnd = previousEnd;
            previous = word;
            previousStart = start;
            previousEnd = i;
        }
        return multiWordForms != null && multiWordForms.matcher(sentence).find();
    }

    private static boolean allAsciiWord(String word, int from) {
        for (int k = from; k < word.length(); k++) {
            if (word.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOneWord(String form) {
        return form.chars().allMatch(c -> c < 128 && QuickFind.isWordChar((char) c));
    }

    private static String asciiLower(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                char[] out = s.toCharArray();
                for (int j = k; j < out.length; j++) {
                    if (out[j] >= 'A' && out[j] <= 'Z') {
                        out[j] = (char) (out[j] + 32);
                    }
                }
                return new String(out);
            }
        }
        return s;
    }
}
