package io.accord.testing;

import java.util.Random;

/** ~3 KB news-like articles with agreements between varied sides: load for the fault tests and the benchmark. */
public final class Corpus {

    static final String[] SIDES = {
        "Russia",
        "China",
        "India",
        "Brazil",
        "Germany",
        "France",
        "Japan",
        "Turkey",
        "Egypt",
        "Kenya",
        "Mexico",
        "Canada",
        "Australia",
        "Indonesia",
        "Nigeria",
        "Saudi Arabia",
        "Iran",
        "South Korea",
        "Vietnam",
        "Poland",
        "Boeing",
        "Airbus",
        "Gazprom",
        "Rosatom",
        "Huawei",
        "NATO"
    };
    static final String[] AGREEMENTS = {
        "%s and %s signed a defence cooperation agreement on Tuesday, officials said.",
        "%s agreed to supply liquefied natural gas to %s under a 20-year contract.",
        "Negotiators from %s and %s held talks in Geneva on a ceasefire.",
        "%s's deal with %s to build a power plant is expected to be signed next month.",
        "%s rejected a proposal from %s to extend the grain corridor.",
        "The memorandum of understanding between %s and %s covers trade and tourism."
    };
    static final String[] FILLER = {
        "The announcement came after months of preparation and several rounds of consultations.",
        "Analysts said the move could reshape regional energy markets over the coming decade.",
        "Shares of several regional companies rose sharply in early trading on the news.",
        "The ministry did not disclose further financial details of the arrangement.",
        "Officials expect the first deliveries to begin before the end of the year.",
        "Critics warned that the project could face environmental and legal challenges."
    };

    private Corpus() {}

    public static String article(Random random) {
        return article(random, 3000);
    }

    /** An article of at least {@code minChars} characters. */
    public static String article(Random random, int minChars) {
        return article(random, minChars, 4);
    }

    /** An article of at least {@code minChars} characters with an agreement every {@code agreementEvery} sentences. */
    public static String article(Random random, int minChars, int agreementEvery) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; sb.length() < minChars; s++) {
            if (s % agreementEvery == 0) {
                String a = SIDES[random.nextInt(SIDES.length)];
                String b = SIDES[random.nextInt(SIDES.length)];
                sb.append(String.format(AGREEMENTS[random.nextInt(AGREEMENTS.length)], a, b));
            } else {
                sb.append(FILLER[random.nextInt(FILLER.length)]);
            }
            sb.append(s % 3 == 2 ? "\n\n" : " ");
        }
        return sb.toString().strip();
    }
}
