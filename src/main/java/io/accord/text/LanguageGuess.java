package io.accord.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** The language of an article (ISO 639-1), from OpenNLP's language detector (model jar on the classpath). */
public final class LanguageGuess {

    // a few hundred characters tell the language as well as the whole text, at a fraction of the n-gram work
    private static final int SAMPLE = 800;
    private static final Map<String, String> TWO_LETTER_CODES = twoLetterCodes();
    private final ThreadLocal<LanguageDetectorME> detectors =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));
    private volatile LanguageDetectorModel model;

    /** Loaded on the first text that is not plainly English: a stream of English news never pays its 0.8 s. */
    private LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = load();
                }
                m = model;
            }
        }
        return m;
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = LanguageGuess.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model langdetect-183.bin is not on the classpath");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "en", "de", … or null when the text is too short or too mixed to tell. */
    public String guess(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.strip().length() < 40) {
            return null;
        }
        if (plainlyEnglish(sample)) {
            return "en";
        }
        Language[] ranked = detectors.get().predictLanguages(sample);
        // scores spread over 103 languages are small: what counts is a clear lead over the runner-up
        if (ranked.length < 2 || ranked[0].getConfidence() < ranked[1].getConfidence() * 1.3) {
            return null;
        }
        return TWO_LETTER_CODES.get(ranked[0].getLang());
    }

    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "is", "was", "that", "for", "with", "on", "said", "it", "by", "he", "as",
            "at", "has", "have", "be", "are", "from", "will", "its", "a", "an");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * Most of the stream is English: when a fifth of the sample's words are English function words and "the" is
     * among them, the n-gram model (half of the ingest's CPU) is not asked. Other languages share a few of these
     * ("in", "was", "die") but not a fifth of their text (German, French, Dutch news: 4-9 %).
     */
    static boolean plainlyEnglish(String sample) {
        Matcher m = WORD.matcher(sample);
        int words = 0;
        int function = 0;
        int the = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            if (ENGLISH_FUNCTION_WORDS.contains(w)) {
                function++;
                the += w.equals("the") ? 1 : 0;
            }
        }
        return words >= 30 && the >= 2 && function * 5 >= words;
    }

    /** The model speaks ISO 639-3 ("eng"); the contracts speak ISO 639-1 ("en"). */
    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                codes.put(new Locale(two).getISO3Language(), two);
            } catch (MissingResourceException e) {
                // a language without a three-letter code cannot be one the model names
            }
        }
        return Map.copyOf(codes);
    }
}
