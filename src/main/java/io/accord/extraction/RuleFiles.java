package io.accord.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rule files under {@code accord/rules/en/}: lines, with {@code #} comments and blank lines skipped. A rule that
 * does not compile fails the start with the file and line that hold it.
 */
final class RuleFiles {

    private static final String DIR = "/accord/rules/en/";

    private RuleFiles() {}

    /** The rule lines of a file, each with its line number. */
    record Line(int number, String text) {

        String[] fields(int count) {
            String[] f = text.split("\t", -1);
            if (f.length != count) {
                throw new IllegalStateException(
                        "line " + number + ": expected " + count + " tab-separated fields, found " + f.length);
            }
            return f;
        }
    }

    static List<Line> lines(String file) {
        try (InputStream in = RuleFiles.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("rule file " + DIR + file + " is not on the classpath");
            }
            List<Line> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(new Line(n, line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + file, e);
        }
    }

    static Pattern compile(String file, int line, String regex) {
        try {
            return Pattern.compile("(?i)" + regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(file + " line " + line + ": " + e.getDescription(), e);
        }
    }

    /** One case-insensitive pattern of alternatives, one per line: {@code prefix(?:a|b|…)suffix}. */
    static Pattern alternatives(String file, String prefix, String suffix) {
        List<String> alternatives = new ArrayList<>();
        for (Line l : lines(file)) {
            compile(file, l.number(), l.text());
            alternatives.add(l.text());
        }
        return compile(file, 0, prefix + "(?:" + String.join("|", alternatives) + ")" + suffix);
    }

    /** {@code name<TAB>regex} lines by name. */
    static Map<String, Pattern> named(String file) {
        Map<String, Pattern> out = new HashMap<>();
        for (Line l : lines(file)) {
            String[] f = l.fields(2);
            out.put(f[0], compile(file, l.number(), f[1]));
        }
        return out;
    }
}
