package io.accord.extraction;

import io.accord.model.Speaker;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who said it: the quoted source of a sentence ("…, Azeri Deputy Minister … Yahya Musaev told Sputnik."). */
final class Attribution {

    private static final String NAME =
            "(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}\\.)?\\s+(?:al-|bin |ibn |de |van |von )?\\p{Lu}[\\p{L}'’\\-]+)";
    private static final String VERB =
            "(?:told|said|says|added|noted|stressed|announced|explained|stated|confirmed|declared|wrote|tweeted)";
    /** ", TITLE NAME told|said": the title is a run of capitalised words and small joiners. */
    private static final Pattern TITLED = Pattern.compile(
            "(?:^|[,;“”\"]\\s*)((?:the\\s+)?(?:[\\p{Lu}][\\p{L}.\\-]*\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?){1,9}?)"
                    + NAME + "\\s+" + VERB + "\\b");

    private static final Pattern NAME_COMMA_TITLE =
            Pattern.compile(NAME + ",\\s+((?:the\\s+|a\\s+)?[\\p{L} .\\-']{3,80}?),\\s+" + VERB + "\\b");
    private static final Pattern SAID_NAME =
            Pattern.compile(VERB + "\\s+" + NAME + ",\\s+((?:the\\s+|a\\s+)?[\\p{L} .\\-']{3,80}?)[,.]");
    /** The reported attribution at the end of a sentence; its names are sources, not parties. */
    static final Pattern TAIL = Pattern.compile(
            "(?:,\\s*(?:[^,]{0,100}?\\s)?(?:told|said|says|added|noted|reported|quoted)\\b[^,]{0,40}|,?\\s+according to\\b[^,]{0,120})[.!?\"”]?\\s*$");

    private static final Pattern QUOTE_END =
            Pattern.compile("[,.!?][\"”]\\s+(?:[^,]{0,80}?\\s)?(?:told|said|says|added|noted|stressed|explained)\\b");

    private Attribution() {}

    /** Start offset (within the sentence) of the trailing attribution clause, or the sentence length. */
    static int tailStart(String sentence) {
        Matcher m = TAIL.matcher(sentence);
        int start = sentence.length();
        // the end of a quotation: what follows names who said it
        Matcher q = QUOTE_END.matcher(sentence);
        if (q.find()) {
            start = q.start();
        }
        while (m.find()) {
            start = Math.min(start, m.start());
        }
        return start;
    }

    static Speaker speaker(String sentence) {
        Matcher m = TITLED.matcher(sentence);
        while (m.find()) {
            String title = m.group(1).strip();
            String name = m.group(2).strip();
            if (hasTitleWord(title)) {
                return new Speaker(name, title);
            }
        }
        m = NAME_COMMA_TITLE.matcher(sentence);
        if (m.find() && hasTitleWord(m.group(2))) {
            return new Speaker(m.group(1), m.group(2).strip());
        }
        m = SAID_NAME.matcher(sentence);
        if (m.find() && hasTitleWord(m.group(2))) {
            return new Speaker(m.group(1), m.group(2).strip());
        }
        return anonymous(sentence);
    }

    private static final Pattern ANONYMOUS = Pattern.compile(
            "\\b(?:an?|the)\\s+((?:senior\\s+|top\\s+|unnamed\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|official|officials|source|sources|diplomat|negotiator|minister|envoy))\\s+(?:said|says|told|added)\\b");

    /** "a senior Russian official said": a source with a title and no name. */
    static Speaker anonymous(String sentence) {
        Matcher m = ANONYMOUS.matcher(sentence);
        return m.find() ? new Speaker(null, m.group(1)) : null;
    }

    private static boolean hasTitleWord(String title) {
        for (String w : title.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (NameResolver.TITLES.contains(w) && !w.equals("state") && !w.equals("first") && !w.equals("top")) {
                return true;
            }
        }
        return false;
    }
}
