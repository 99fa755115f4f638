package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuleFilesTest {

    @Test
    void aRuleThatDoesNotCompileNamesItsFileAndLine() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> RuleFiles.compile("look-alikes.txt", 12, "signs of ("));
        assertTrue(e.getMessage().startsWith("look-alikes.txt line 12: "), e.getMessage());
    }

    @Test
    void everyShippedRuleFileLoads() {
        for (String file : new String[] {
            "triggers.tsv", "status-cues.tsv", "frames.tsv", "look-alikes.txt", "not-a-development.txt"
        }) {
            assertFalse(RuleFiles.lines(file).isEmpty(), file);
        }
        assertTrue(AgreementRules.mayHold("Kenya and Ethiopia signed a pact."));
        assertFalse(AgreementRules.mayHold("Shares rose two percent on Monday."));
    }

    @Test
    void theFilterSeesEveryTriggerWordIncludingStems() {
        assertTrue(AgreementRules.mayHold("The two sides are negotiating."));
        assertTrue(AgreementRules.mayHold("Parliament ratified it."));
        assertTrue(AgreementRules.mayHold("They collaborated."));
    }
}
