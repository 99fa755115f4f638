package io.accord.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as the guidelines resolve them against the dateline day (here Wednesday 11 March 1987). */
class TimeResolverTest {

    private static final LocalDate DATELINE = LocalDate.of(1987, 3, 11);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The two sides signed the accord on Monday.|1987-03-09",
                "The ministers will sign the accord on Friday.|1987-03-13",
                "He was optimistic that an accord would be reached Monday.|1987-03-16",
                "He prepared for the third week of talks starting Monday.|1987-03-16",
                "Talks with the bank committee were postponed until Thursday.|1987-03-12",
                "The talks lasted until Tuesday.|1987-03-10",
                "The pact signed last Friday took effect.|1987-03-06",
                "The agreement was reached yesterday.|1987-03-10",
                "Yugoslavia signed up for the loan last night, the agency said.|1987-03-10",
                "The president admitted tonight that the operation was a mistake.|1987-03-11",
                "The firms agreed on March 2 to merge.|1987-03-02",
                "The contract was signed on December 30.|1986-12-30",
            })
    void theDateIsTheDayTheGuidelinesGive(String sentence, String expected) {
        assertEquals(
                expected,
                TimeResolver.resolve(sentence, DATELINE)
                        .map(TimeResolver.Resolved::date)
                        .orElse(null));
    }
}
