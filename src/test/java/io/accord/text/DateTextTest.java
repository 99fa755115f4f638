package io.accord.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Explicit dates in ISO, day-month and month-day forms, the year hint, impossible days and month names. */
class DateTextTest {

    @Test
    void isoDateIsReadAsWrittenWhateverTheYearHint() {
        assertEquals(Optional.of(LocalDate.of(2019, 6, 25)), DateText.parse("Signed 2019-06-25 in Moscow.", 2000));
    }

    @Test
    void dayMonthYearWithOrdinalSuffixAndComma() {
        assertEquals(
                Optional.of(LocalDate.of(2019, 6, 25)),
                DateText.parse("PATRIOT PARK (Sputnik - 25th June, 2019)", null));
    }

    @Test
    void dayOfMonthYear() {
        assertEquals(Optional.of(LocalDate.of(2022, 3, 3)), DateText.parse("on the 3rd of March 2022", null));
    }

    @Test
    void monthDayCommaYear() {
        assertEquals(Optional.of(LocalDate.of(2019, 6, 25)), DateText.parse("June 25, 2019", null));
    }

    @Test
    void abbreviatedMonthWithAFullStop() {
        assertEquals(Optional.of(LocalDate.of(2020, 9, 3)), DateText.parse("Sept. 3, 2020", null));
    }

    @Test
    void explicitYearWinsOverTheYearHint() {
        assertEquals(Optional.of(LocalDate.of(2019, 6, 25)), DateText.parse("25 June 2019", 2021));
    }

    @Test
    void missingYearIsTakenFromTheYearHint() {
        assertEquals(Optional.of(LocalDate.of(2021, 6, 25)), DateText.parse("talks resumed on June 25", 2021));
        assertEquals(Optional.of(LocalDate.of(2021, 6, 25)), DateText.parse("talks resumed on 25 June", 2021));
    }

    @Test
    void missingYearWithoutAHintGivesNoDate() {
        assertEquals(Optional.empty(), DateText.parse("June 25", null));
        assertEquals(Optional.empty(), DateText.parse("25 June", null));
    }

    @Test
    void dayBeyondTheEndOfTheMonthGivesNoDate() {
        assertEquals(Optional.empty(), DateText.parse("February 30, 2021", null));
        assertEquals(Optional.empty(), DateText.parse("31 April 2020", null));
    }

    @Test
    void twentyNinthOfFebruaryOnlyInALeapYear() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), DateText.parse("29 February 2024", null));
        assertEquals(Optional.empty(), DateText.parse("29 February 2023", null));
    }

    @Test
    void textWithoutAnExplicitDateGivesNoDate() {
        assertEquals(Optional.empty(), DateText.parse("The sides met on Tuesday.", 2021));
    }

    @Test
    void monthNamesAndAbbreviationsIgnoreCaseAndAFullStop() {
        assertEquals(Month.JANUARY, DateText.month("january"));
        assertEquals(Month.DECEMBER, DateText.month("DEC"));
        assertEquals(Month.SEPTEMBER, DateText.month("Sept."));
        assertEquals(Month.SEPTEMBER, DateText.month("Sep"));
        assertNull(DateText.month("Juneteenth"));
    }

    @Test
    void isoTextWithAMonthThatDoesNotExistIsNoDate() {
        assertEquals(Optional.empty(), DateText.parse("filed as 2019-13-01 and 2019-00-10", null));
    }

    @Test
    void aCenturyIsALeapYearOnlyEveryFourHundredYears() {
        assertEquals(Optional.empty(), DateText.parse("29 February 1900", null));
        assertEquals(Optional.of(LocalDate.of(2000, 2, 29)), DateText.parse("29 February 2000", null));
    }
}
