package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link QuickFind} answers what {@code Matcher.find()} answers, for the rule files' patterns and for awkward ones. */
class QuickFindTest {

    private static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>(List.of(
                "",
                "a",
                "x",
                " ",
                "reach",
                "reached a consensus",
                "Reached A Compromise.",
                "they came to an understanding",
                "rejected the plan",
                "turned down the bid",
                "will supply arms",
                "is willing to send troops",
                "teamed up with Ford",
                "tie-up with",
                "relationship with",
                "the 1985 Plaza Agreement",
                "the European Convention on Human Rights",
                "stability and growth pact",
                "a better deal than",
                "analysts agreed",
                "café agreed",
                "naïve reach",
                "x reached a consensus",
                "reach\u0301ed a consensus",
                "préféré accord",
                "ends with reach",
                "worked with",
                "works closely with",
                "\u00A0offered to help",
                "offered\tto help"));
        try (InputStream in = QuickFindTest.class.getResourceAsStream("/rules/en/cases.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t", 3)[2])
                    .forEach(out::add);
        }
        return out;
    }

    private static List<Pattern> patterns() {
        List<Pattern> out = new ArrayList<>(RuleFiles.named("frames.tsv").values());
        out.add(RuleFiles.alternatives("look-alikes.txt", "\\b", "\\b"));
        out.add(RuleFiles.alternatives("not-a-development.txt", "", ""));
        for (String regex : new String[] {
            "^reach",
            "reach$",
            "(?<=the )plan",
            "\\bx\\b",
            "a?",
            "\\s+with",
            "[^a-z]agreed",
            "(?i)é",
            "\\bcaf",
            "(?=reach)r",
            "\\d{4}",
            "(?:\\S+\\s+){2}consensus"
        }) {
            out.add(Pattern.compile(regex));
        }
        return out;
    }

    @Test
    void answersWhatFindAnswers() throws IOException {
        List<String> sentences = sentences();
        for (Pattern p : patterns()) {
            QuickFind quick = new QuickFind(p);
            for (String s : sentences) {
                assertEquals(p.matcher(s).find(), quick.find(s), () -> p + " on «" + s + "»");
            }
        }
    }
}
