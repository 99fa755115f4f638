package io.accord.ingest;

import io.accord.model.Dateline;
import io.accord.model.NormalizedArticle;
import io.accord.model.RawArticle;
import io.accord.text.DateText;
import io.accord.text.Hashes;
import io.accord.text.LanguageGuess;
import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cleans a raw article into the normalised contract: HTML stripped, NFC, page boilerplate removed, dateline parsed,
 * and a stable id. Plain Java: ingest and the batch command use the same instance.
 */
public final class ArticleNormalizer {

    private static final Pattern BLOCK_TAG =
            Pattern.compile("(?i)<\\s*/?\\s*(p|br|div|h[1-6]|li|tr|section|article|blockquote)\\b[^>]{0,2000}>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    /** Feed lines such as "date 2019-06-26 UrduPoint.com". */
    private static final Pattern FEED_DATE_LINE =
            Pattern.compile("(?i)^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+(\\S.*))?$");
    /** Bylines with relative stamps: "Sumaira FH 2 minutes ago Wed 26th June 2019 | 12:19 PM". */
    private static final Pattern STAMP_LINE =
            Pattern.compile("(?i)^.{0,60}\\b(\\d+|an?)\\s+(second|minute|hour|day)s?\\s+ago\\b.*$");
    /** The agency's sign-off closing wire copy: "REUTER". */
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^(reuter|reuters)$");

    private static final Pattern BYLINE_LINE =
            Pattern.compile("(?i)^\\s*(by|written by|posted by|updated:?|published:?)\\s+.{0,80}$");
    /** "PATRIOT PARK (UrduPoint News / Sputnik - 25th June, 2019)" */
    private static final Pattern DATELINE_AGENCY_DATE = Pattern.compile(
            "^([A-Z][A-Z.'’\\- ]{1,40}[A-Z.])(?:,\\s*[A-Z][A-Za-z. ]{1,30})?\\s*\\(([^()]{2,60}?)\\s+[-–—]\\s+([^()]{4,40})\\)\\s*[-–—:]?\\s*");
    /** "MOSCOW, June 25 (Reuters) -", "WASHINGTON (AP) —", "BEIJING, June 25, 2019 (Xinhua) --" */
    private static final Pattern DATELINE_AGENCY = Pattern.compile(
            "^([A-Z][A-Z.'’\\- ]{1,40}[A-Z.])(?:,\\s*([A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+[A-Z][a-z]{2,8}(?:\\s+\\d{4})?|[A-Z][A-Za-z. ]{1,30}))?\\s*\\(([^()]{2,40})\\)\\s*(?:[-–—]{1,2}|:)\\s*");
    /** "MOSCOW, June 25 -", "SUNRISE, Fla., March 17 -" or "MOSCOW —" with no agency. */
    private static final Pattern DATELINE_PLAIN = Pattern.compile(
            "^([A-Z][A-Z.'’\\- ]{2,40}[A-Z.])(?:,\\s*[A-Z][A-Za-z.]{1,14}(?:\\s[A-Z][A-Za-z.]{1,14})?(?=,))?"
                    + "(?:,\\s*([A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?))?\\s+(?:[-–—]{1,2})\\s+");
    /** A reporter's name opening the lead: "Andrei Savenkov - Azerbaijan's ministry …". */
    private static final Pattern LEAD_BYLINE =
            Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.?)?\\s\\p{Lu}\\p{Ll}+)\\s[-–—]\\s(?=\\p{Lu})");

    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
    /** Columns: a run of three or more spaces between words, as in wire tables of prices. */
    private static final Pattern TABLE_ROW = Pattern.compile("\\S {3,}\\S");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"”’')]$");
    private static final Pattern WIRE_TAG = Pattern.compile("(\\s?)<([A-Z0-9][^<>\\n]{0,80})>");
    private static final Pattern TICKER = Pattern.compile("[A-Z0-9][A-Z0-9.\\-&]{0,9}");
    /** Space before punctuation: the mark of text delivered already tokenised (" , ", " ' s", "do n't"). */
    private static final Pattern TOKENISED = Pattern.compile(" [,.;:!?)](?: |$)| n't | ' s | ` `");

    private final Clock clock;
    private final LanguageGuess languages;

    /** Without language detection: an article's language is what it declares, else English. */
    public ArticleNormalizer(Clock clock) {
        this(clock, null);
    }

    public ArticleNormalizer(Clock clock, LanguageGuess languages) {
        this.clock = clock;
        this.languages = languages;
    }

    public NormalizedArticle normalize(RawArticle raw) {
        PageMetadata page = PageMetadata.NONE;
        String body = raw.body();
        if (PageReader.isPage(body)) {
            PageReader.WebPage read = PageReader.read(body, raw.url());
            body = read.text();
            page = read.metadata();
        }
        String text = clean(body);
        List<String> paragraphs = paragraphs(text);
        String published = isoDate(raw.published());
        if (published == null) {
            published = pageDate(page.published());
        }
        String source = blankToNull(given(raw.source(), page.siteName()));
        String rawTitle = given(raw.title(), page.title());
        String title = rawTitle == null ? null : blankToNull(wireTags(HtmlText.unescape(rawTitle)));

        List<String> kept = new ArrayList<>();
        for (String p : paragraphs) {
            Matcher feed = FEED_DATE_LINE.matcher(p);
            if (kept.isEmpty() && feed.matches()) {
                published = published != null ? published : feed.group(1);
                source = source != null ? source : outlet(feed.group(2));
                continue;
            }
            if (STAMP_LINE.matcher(p).matches()
                    || BYLINE_LINE.matcher(p).matches()
                    || SIGN_OFF.matcher(p).matches()) {
                continue;
            }
            kept.add(p);
        }
        // a plain-text article's first short line is its headline
        if (title == null && kept.size() > 1 && looksLikeHeadline(kept.get(0))) {
            title = kept.remove(0);
        }
        if (title != null) {
            title = collapse(title);
            String t = title;
            kept.removeIf(p -> sameText(p, t));
        }
        kept = dropTeasers(kept);

        Dateline dateline = null;
        if (!kept.isEmpty()) {
            ParsedDateline parsed = dateline(kept.get(0), published);
            if (parsed != null) {
                dateline = parsed.dateline();
                kept.set(0, parsed.rest());
            }
            kept.set(0, LEAD_BYLINE.matcher(kept.get(0)).replaceFirst(""));
        }
        String cleaned = String.join("\n\n", kept).strip();
        if (cleaned.isEmpty()) {
            throw new InvalidArticleException("body", "the article has no text once page boilerplate is removed");
        }
        String url = blankToNull(raw.url());
        String declared = given(raw.language(), page.language());
        String language = declared != null
                ? primaryLanguage(declared)
                : languages != null ? java.util.Objects.requireNonNullElse(languages.guess(cleaned), "en") : "en";
        return new NormalizedArticle(
                NormalizedArticle.SCHEMA,
                articleId(url, title, cleaned),
                url,
                title,
                cleaned,
                source,
                blankToNull(page.byline()),
                published,
                dateline,
                language,
                clock.instant().toString());
    }

    /** The id is a hash of the canonical URL, else of the normalised text: re-publishing gives the same id. */
    static String articleId(String url, String title, String body) {
        String basis = url != null
                ? "url:" + canonicalUrl(url)
                : "text:" + collapse((title == null ? "" : title) + "\n" + body).toLowerCase(Locale.ROOT);
        return "art_" + Hashes.sha256(basis).substring(0, 20);
    }

    static String canonicalUrl(String url) {
        try {
            URI u = new URI(url.strip());
            String host = u.getHost() == null
                    ? ""
                    : u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
            String query = u.getRawQuery() == null
                    ? ""
                    : java.util.Arrays.stream(u.getRawQuery().split("&"))
                            .filter(q -> !q.startsWith("utm_") && !q.isEmpty())
                            .sorted()
                            .collect(Collectors.joining("&"));
            return host + path + (query.isEmpty() ? "" : "?" + query);
        } catch (Exception e) {
            return url.strip();
        }
    }

    /**
     * Feeds that deliver tokenised text ("Boeing ' s deal , announced") are joined back into ordinary prose, so
     * that the tagger and the rules see what they were made for. Ordinary text is left alone.
     */
    static String detokenise(String s) {
        Matcher m = TOKENISED.matcher(s);
        int marks = 0;
        while (m.find() && marks < 3) {
            marks++;
        }
        if (marks < 3) {
            return s;
        }
        return s.replace(" n't", "n't")
                .replace(" ' s ", "'s ")
                .replace(" ’ s ", "’s ")
                .replace(" 's ", "'s ")
                .replace("` `", "“")
                .replace("' '", "”")
                .replace("$ ", "$")
                .transform(t -> SPACE_BEFORE_CLOSING.matcher(t).replaceAll("$1"))
                .transform(t -> SPACE_AFTER_OPENING.matcher(t).replaceAll("$1"))
                .transform(t -> SPACED_HYPHEN.matcher(t).replaceAll("$1-$2"))
                .transform(t -> SPACED_INITIALS_END.matcher(t).replaceAll("$1."));
    }

    private static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        if (BLOCK_TAG.matcher(s).find() || s.contains("</")) {
            s = HtmlText.text(s);
        } else if (HtmlText.hasEntity(s)) {
            s = HtmlText.unescape(s);
        }
        s = detokenise(s.replace('\u00A0', ' '));
        return CONTROL.matcher(s).replaceAll(" ");
    }

    /**
     * Paragraphs of the text. Wire copy is hard-wrapped (lines of ~70 characters that break inside sentences) and
     * starts each paragraph with an indented line: there a single line break is a space, and a paragraph ends at an
     * indented line, a blank line or a table row. Elsewhere every line break ends a paragraph.
     */
    static List<String> paragraphs(String text) {
        String[] lines = text.split("\n", -1);
        boolean wrapped = hardWrapped(lines);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            boolean blank = line.isBlank();
            boolean tableRow = TABLE_ROW.matcher(line.strip()).find();
            boolean indented = !blank && (line.startsWith("  ") || line.startsWith("\t"));
            if (!wrapped || blank || indented || tableRow) {
                flush(current, out);
            }
            if (!blank) {
                current.append(' ').append(line);
            }
            if (tableRow) {
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder paragraph, List<String> out) {
        String p = wireTags(collapse(paragraph.toString()));
        if (!p.isEmpty()) {
            out.add(p);
        }
        paragraph.setLength(0);
    }

    /** Most lines short, and several of them running on into the next line without closing their sentence. */
    static boolean hardWrapped(String[] lines) {
        int nonBlank = 0;
        int longLines = 0;
        int runOns = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            nonBlank++;
            if (line.length() > 100) {
                longLines++;
            }
            boolean nextContinues = i + 1 < lines.length
                    && !lines[i + 1].isBlank()
                    && !lines[i + 1].startsWith("  ")
                    && !lines[i + 1].startsWith("\t");
            if (nextContinues
                    && !TABLE_ROW.matcher(line).find()
                    && !SENTENCE_END.matcher(line).find()) {
                runOns++;
            }
        }
        return nonBlank >= 3 && longLines * 10 <= nonBlank && runOns >= 2 && runOns * 4 >= nonBlank;
    }

    /**
     * Reuters marks company names and tickers in angle brackets: "{@code <Fortune Savings Bank>}" keeps the name,
     * a ticker tag ("{@code <FSSL>}", "{@code <BTY.L>}") goes.
     */
    static String wireTags(String s) {
        if (s.indexOf('<') < 0) {
            return s;
        }
        Matcher m = WIRE_TAG.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(2).strip();
            m.appendReplacement(
                    out, Matcher.quoteReplacement(TICKER.matcher(inner).matches() ? "" : m.group(1) + inner));
        }
        m.appendTail(out);
        return collapse(SPACE_BEFORE_MARK.matcher(out).replaceAll("$1"));
    }

    /** Drops a paragraph that only repeats the opening of a later one (a teaser above the article). */
    private static List<String> dropTeasers(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean teaser = false;
            for (int j = i + 1; j < paragraphs.size() && j <= i + 3 && !teaser; j++) {
                String later = paragraphs.get(j);
                teaser = later.length() > p.length() && p.length() >= 40 && later.contains(p);
            }
            if (!teaser) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean looksLikeHeadline(String line) {
        return line.length() <= 200 && !line.endsWith(".") && line.split("\\s+").length >= 3;
    }

    private static boolean sameText(String a, String b) {
        return collapse(a).equalsIgnoreCase(collapse(b));
    }

    record ParsedDateline(Dateline dateline, String rest) {}

    static ParsedDateline dateline(String paragraph, String published) {
        Integer year = published != null && ISO_DATE.matcher(published).find()
                ? Integer.valueOf(published.substring(0, 4))
                : null;
        Matcher m = DATELINE_AGENCY_DATE.matcher(paragraph);
        if (m.find()) {
            String date =
                    DateText.parse(m.group(3), year).map(LocalDate::toString).orElse(null);
            return new ParsedDateline(
                    new Dateline(m.group(1).strip(), date, m.group(2).strip()), paragraph.substring(m.end()));
        }
        m = DATELINE_AGENCY.matcher(paragraph);
        if (m.find()) {
            String date = m.group(2) == null
                    ? null
                    : DateText.parse(m.group(2), year).map(LocalDate::toString).orElse(null);
            return new ParsedDateline(
                    new Dateline(m.group(1).strip(), date, m.group(3).strip()), paragraph.substring(m.end()));
        }
        m = DATELINE_PLAIN.matcher(paragraph);
        if (m.find()) {
            String date = m.group(2) == null
                    ? null
                    : DateText.parse(m.group(2), year).map(LocalDate::toString).orElse(null);
            return new ParsedDateline(new Dateline(m.group(1).strip(), date, null), paragraph.substring(m.end()));
        }
        return null;
    }

    /** "en-US" and "EN" are "en": the language, not the region, chooses the extraction rules. */
    static String primaryLanguage(String tag) {
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_\\s]", 2)[0];
        return primary.length() > 16 ? primary.substring(0, 16) : primary;
    }

    /** What the message gives, else what the page says. */
    private static String given(String message, String page) {
        return message != null && !message.isBlank() ? message : page;
    }

    /** A page's own publication time gives its date; one that cannot be read is left out, not an error. */
    private static String pageDate(String published) {
        try {
            return isoDate(published);
        } catch (InvalidArticleException e) {
            return null;
        }
    }

    private static String isoDate(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        String p = published.strip();
        if (ISO_DATE.matcher(p).find()) {
            return p.substring(0, 10);
        }
        Optional<LocalDate> d = DateText.parse(p, null);
        if (d.isEmpty()) {
            throw new InvalidArticleException("published", "'published' must be a date such as 2019-06-26");
        }
        return d.get().toString();
    }

    private static String outlet(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.strip().replaceFirst("(?i)\\.(com|net|org|co\\.uk|pk)$", "");
    }

    private static final Pattern SPACE_BEFORE_CLOSING = Pattern.compile(" ([,.;:!?%)\\]])");
    private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("([(\\[]) ");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(\\p{L}) - (\\p{Ll})");
    private static final Pattern SPACED_INITIALS_END = Pattern.compile("(\\p{Lu}\\.\\p{Lu}) \\.");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile(" ([,.;:)'’])");

    /** Runs of white space (as regex {@code [\\s\\u00A0]+}) to one space, stripped; by hand, being on every paragraph. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space =
                    c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString().strip();
    }

    /** A metadata field: one line of text, no control characters (PostgreSQL refuses NUL). */
    private static String blankToNull(String s) {
        String line = s == null ? "" : collapse(CONTROL.matcher(s).replaceAll(" "));
        return line.isEmpty() ? null : line;
    }
}
