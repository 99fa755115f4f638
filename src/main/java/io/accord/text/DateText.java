package io.accord.text;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Explicit calendar dates in the forms news uses: "2019-06-25", "25th June, 2019", "June 25, 2019", "June 25". */
public final class DateText {

    /** Month names and their abbreviations, lower-cased. */
    public static final Map<String, Month> MONTHS = monthNames();

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Month m : Month.values()) {
            names.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
            names.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
        }
        names.put("sept", Month.SEPTEMBER);
        return Map.copyOf(names);
    }

    public static final String MONTH =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?(?:\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY =
            Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");

    private DateText() {}

    public static Month month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** The first explicit date in the text; a missing year is taken from {@code yearHint}. */
    public static Optional<LocalDate> parse(String text, Integer yearHint) {
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            // "2019-13-01" looks like a date and is none
            return month < 1 || month > 12
                    ? Optional.empty()
                    : of(Integer.parseInt(m.group(1)), Month.of(month), Integer.parseInt(m.group(3)));
        }
        m = DAY_MONTH.matcher(text);
        if (m.find()) {
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : yearHint;
            return year == null ? Optional.empty() : of(year, month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY.matcher(text);
        if (m.find()) {
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : yearHint;
            return year == null ? Optional.empty() : of(year, month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(int year, Month month, int day) {
        if (month == null || day < 1 || day > month.length(Year.isLeap(year))) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }
}
