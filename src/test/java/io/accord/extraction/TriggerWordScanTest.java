package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The word-by-word pre-filter answers what the one regex of every trigger form, which it replaced, answers. */
class TriggerWordScanTest {

    private static final TriggerWordScan SCAN = new TriggerWordScan(AgreementRules.TRIGGERS);
    private static final Pattern REGEX = regexOfEveryForm();

    /** The regex as the pre-filter built it before: forms, stems with \w*, sale verbs in their frame. */
    private static Pattern regexOfEveryForm() {
        Set<String> forms =
                new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w));
        StringBuilder alternatives = new StringBuilder();
        for (AgreementRules.TriggerWord w : AgreementRules.TRIGGERS) {
            if ("agreed-sale".equals(w.condition())) {
                alternatives
                        .append("(?:(?:agree[sd]?|agreeing|is|are|was|were) to|will) ")
                        .append(Pattern.quote(w.form()))
                        .append('|');
            } else if (w.stem()) {
                alternatives.append(Pattern.quote(w.form())).append("\\w*|");
            } else {
                forms.add(w.form());
            }
        }
        forms.forEach(w -> alternatives.append(Pattern.quote(w)).append('|'));
        alternatives.setLength(alternatives.length() - 1);
        return Pattern.compile("(?i)\\b(?:" + alternatives + ")\\b");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The two sides signed a pact.",
                "No agreement word here at all.",
                "They AGREED on Monday.",
                "an agreeable man",
                "Agreements",
                "ideal deals",
                "idealism",
                "a cease-fire held",
                "a ceasefire held",
                "Ford agreed to buy Volvo",
                "Ford agreed  to buy Volvo",
                "Ford will buy Volvo",
                "Ford will  buy Volvo",
                "investors buy shares",
                "Ford is to sell its unit",
                "Ford, to sell, will",
                "to buy",
                "buy",
                "Will buy",
                "négotiations",
                "negotiatié",
                "negotiating_table",
                "talks2",
                "2talks",
                "talks_",
                "the Treaty of Rome",
                "a memorandum of understanding",
                "an MoU",
                "collaborating closely",
                "ratified",
                "re-negotiate",
                "pre-deal",
                "deal-making",
                "dealer",
                "Agreed-to-buy",
                "agreeing to purchase",
                "were to merge",
                "agreesto buy"
            })
    void answersWhatTheRegexAnswered(String sentence) {
        assertEquals(REGEX.matcher(sentence).find(), SCAN.find(sentence), sentence);
    }
}
