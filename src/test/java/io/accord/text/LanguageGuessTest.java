package io.accord.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    private static final String ENGLISH =
            "The two companies said on Monday that they had agreed to form a joint venture in "
                    + "China, subject to approval by the regulators. The deal is worth about $300m and will be signed in Beijing "
                    + "next month, a spokesman for the firm said. It follows talks that began in the spring.";
    private static final String GERMAN =
            "Die Bundesregierung hat am Montag in Berlin einen Vertrag mit Frankreich unterzeichnet, "
                    + "der die Zusammenarbeit in der Verteidigung stärken soll. Das Abkommen sieht vor, dass beide Länder gemeinsam "
                    + "Panzer entwickeln. Der Minister sagte, es sei ein wichtiger Schritt für die europäische Sicherheit.";
    private static final String FRENCH =
            "Le gouvernement a signé lundi à Paris un accord avec l'Allemagne pour renforcer la "
                    + "coopération dans le domaine de la défense. L'accord prévoit que les deux pays développent ensemble des chars. "
                    + "Le ministre a déclaré que c'était une étape importante pour la sécurité européenne.";

    private final LanguageGuess guess = new LanguageGuess();

    @Test
    void englishProseTakesTheShortcut() {
        assertTrue(LanguageGuess.plainlyEnglish(ENGLISH));
        assertEquals("en", guess.guess(ENGLISH));
    }

    @Test
    void otherLanguagesGoToTheModel() {
        assertFalse(LanguageGuess.plainlyEnglish(GERMAN));
        assertFalse(LanguageGuess.plainlyEnglish(FRENCH));
        assertEquals("de", guess.guess(GERMAN));
        assertEquals("fr", guess.guess(FRENCH));
    }

    @Test
    void aForeignArticleQuotingAFewEnglishWordsIsNotTakenForEnglish() {
        String mixed = GERMAN + " Er sagte auf Englisch: \"It is the deal of the year.\" " + GERMAN;
        assertFalse(LanguageGuess.plainlyEnglish(mixed));
        assertEquals("de", guess.guess(mixed));
    }

    @Test
    void tooShortToTell() {
        assertNull(guess.guess("The deal."));
    }
}
