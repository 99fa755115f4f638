package io.accord.api;

/** Examples for the OpenAPI description: the seed article and the event Accord extracts from it. */
final class ApiExamples {

    static final String ARTICLE =
            "{\"title\": \"Azeri Defense Industry Ministry Says To Sign Cooperation Deal With Rosoboronexport\", \"body\": \"MOSCOW (UrduPoint News / Sputnik - 26th June, 2019) Azerbaijan's Ministry of Defense Industry met with Russian state arms exporter Rosoboronexport on Tuesday, with the sides agreeing to sign an overarching cooperation agreement ...\", \"source\": \"UrduPoint\", \"published\": \"2019-06-26\"}";

    static final String ARTICLES_NDJSON =
            "{\"title\": \"First article\", \"body\": \"...\"}\n{\"title\": \"Second article\", \"body\": \"...\"}\n";

    static final String ACCEPTED = "{\"ids\": [\"art_5f174c16bfd4134d05e1\"]}";

    static final String EVENT =
            "{\"schema\": 1, \"id\": \"evt_d863cdb04a910dc801d2\", \"type\": \"agreement\", \"status\": \"intent\", \"plover\": {\"event\": \"AGREE\", \"mode\": null, \"context\": \"military\"}, \"cameo\": \"0312\", \"parties\": [{\"name\": \"Ministry of Defense Industry\", \"actor\": \"AZE\", \"country\": \"AZE\", \"sector\": \"GOV\", \"kind\": \"government\"}, {\"name\": \"Rosoboronexport\", \"actor\": \"org:rosoboronexport\", \"country\": \"RUS\", \"sector\": \"BUS\", \"kind\": \"company\"}], \"subject\": \"overarching cooperation agreement\", \"topics\": [\"weapons deliveries\", \"joint production\"], \"date\": \"2019-06-25\", \"dateText\": \"on Tuesday\", \"datePrecision\": \"day\", \"location\": {\"name\": \"Patriot Park\", \"country\": \"RUS\", \"region\": \"Moscow Region\"}, \"speaker\": {\"name\": \"Yahya Musaev\", \"title\": \"Azeri Deputy Minister of Defense Industry\"}, \"article\": {\"id\": \"art_5f174c16bfd4134d05e1\", \"url\": null, \"title\": \"Azeri Defense Industry Ministry Says To Sign Cooperation Deal With Rosoboronexport\", \"source\": \"UrduPoint\", \"published\": \"2019-06-26\"}, \"evidence\": [{\"text\": \"Azerbaijan's Ministry of Defense Industry met with Russian state arms exporter Rosoboronexport on Tuesday, with the sides agreeing to sign an overarching cooperation agreement that will cover both weapons deliveries and possibly joint production, Azeri Deputy Minister of Defense Industry Yahya Musaev told Sputnik.\", \"start\": 0, \"end\": 315}, {\"text\": \"The bilateral agreement is expected to cover a wide variety of issues, according to the deputy minister.\", \"start\": 854, \"end\": 958}, {\"text\": \"\\\"[The agreement] covers not only the deliveries.\", \"start\": 960, \"end\": 1008}], \"confidence\": 0.99, \"agreement\": \"agr_b487ec126719a5b85346\", \"extractor\": \"accord-extract/0.1.0\"}";

    static final String PAGE =
            "{\"items\": [{\"schema\": 1, \"id\": \"evt_d863cdb04a910dc801d2\", \"type\": \"agreement\", \"status\": \"intent\", \"plover\": {\"event\": \"AGREE\", \"mode\": null, \"context\": \"military\"}, \"cameo\": \"0312\", \"parties\": [{\"name\": \"Ministry of Defense Industry\", \"actor\": \"AZE\", \"country\": \"AZE\", \"sector\": \"GOV\", \"kind\": \"government\"}, {\"name\": \"Rosoboronexport\", \"actor\": \"org:rosoboronexport\", \"country\": \"RUS\", \"sector\": \"BUS\", \"kind\": \"company\"}], \"subject\": \"overarching cooperation agreement\", \"topics\": [\"weapons deliveries\", \"joint production\"], \"date\": \"2019-06-25\", \"dateText\": \"on Tuesday\", \"datePrecision\": \"day\", \"location\": {\"name\": \"Patriot Park\", \"country\": \"RUS\", \"region\": \"Moscow Region\"}, \"speaker\": {\"name\": \"Yahya Musaev\", \"title\": \"Azeri Deputy Minister of Defense Industry\"}, \"article\": {\"id\": \"art_5f174c16bfd4134d05e1\", \"url\": null, \"title\": \"Azeri Defense Industry Ministry Says To Sign Cooperation Deal With Rosoboronexport\", \"source\": \"UrduPoint\", \"published\": \"2019-06-26\"}, \"evidence\": [{\"text\": \"Azerbaijan's Ministry of Defense Industry met with Russian state arms exporter Rosoboronexport on Tuesday, with the sides agreeing to sign an overarching cooperation agreement that will cover both weapons deliveries and possibly joint production, Azeri Deputy Minister of Defense Industry Yahya Musaev told Sputnik.\", \"start\": 0, \"end\": 315}, {\"text\": \"The bilateral agreement is expected to cover a wide variety of issues, according to the deputy minister.\", \"start\": 854, \"end\": 958}, {\"text\": \"\\\"[The agreement] covers not only the deliveries.\", \"start\": 960, \"end\": 1008}], \"confidence\": 0.99, \"agreement\": \"agr_b487ec126719a5b85346\", \"extractor\": \"accord-extract/0.1.0\"}], \"next\": \"MjAxOS0wNi0yNXxldnRfZDg2M2NkYjA0YTkxMGRjODAxZDI\"}";

    private static final String AGREEMENT_FIELDS =
            "\"id\": \"agr_b487ec126719a5b85346\", \"parties\": [{\"name\": \"Ministry of Defense Industry\", \"actor\": \"AZE\", \"country\": \"AZE\", \"sector\": \"GOV\", \"kind\": \"government\"}, {\"name\": \"Rosoboronexport\", \"actor\": \"org:rosoboronexport\", \"country\": \"RUS\", \"sector\": \"BUS\", \"kind\": \"company\"}], \"status\": \"intent\", \"subject\": \"overarching cooperation agreement\", \"topics\": [\"joint production\", \"weapons deliveries\"], \"date\": \"2019-06-25\", \"firstReported\": \"2019-06-26T00:00:00Z\", \"lastReported\": \"2019-06-26T00:00:00Z\", \"timeline\": [{\"status\": \"intent\", \"date\": \"2019-06-25\", \"firstReported\": \"2019-06-26T00:00:00Z\", \"events\": [\"evt_d863cdb04a910dc801d2\"], \"mentions\": []}], \"events\": 1, \"mentions\": 0, \"reported\": true, \"articles\": 1, \"stories\": 1, \"sources\": [\"UrduPoint\"], \"confidence\": 0.99, \"mergedInto\": null";

    static final String AGREEMENT = "{" + AGREEMENT_FIELDS + "}";

    static final String AGREEMENT_PAGE = "{\"items\": [" + AGREEMENT + "], \"next\": null}";

    static final String AGREEMENT_WITH_REPORTS =
            "{" + AGREEMENT_FIELDS + ", \"reports\": [" + EVENT + "], \"mentionedIn\": [], \"versions\": []}";

    static final String INVALID_ARTICLE =
            "{\"type\": \"about:blank\", \"title\": \"Invalid article\", \"status\": 400, "
                    + "\"detail\": \"'body' (or 'text') is required and must not be blank\", \"field\": \"body\"}";

    static final String INVALID_PARAMETER =
            "{\"type\": \"about:blank\", \"title\": \"Invalid parameter\", \"status\": 400, "
                    + "\"detail\": \"limit must be a whole number from 1 to 200\", \"field\": \"limit\"}";

    static final String NOT_FOUND =
            "{\"type\": \"about:blank\", \"title\": \"Not Found\", \"status\": 404, \"detail\": \"no such resource\"}";

    static final String UNAVAILABLE =
            "{\"type\": \"about:blank\", \"title\": \"Service Unavailable\", \"status\": 503, "
                    + "\"detail\": \"Kafka did not acknowledge the articles in time; retry later\"}";

    static final String STORED_ARTICLE =
            "{\"id\": \"art_5d3f0c2a9b7e4d1f8a6c\", \"url\": \"https://www.urdupoint.com/en/world/azeri-defense-industry-ministry-says-to-sign-644390.html\", "
                    + "\"title\": \"Azeri Defense Industry Ministry Says To Sign Cooperation Deal With Rosoboronexport\", "
                    + "\"source\": \"UrduPoint\", \"byline\": null, \"published\": \"2019-06-26\", \"language\": \"en\", "
                    + "\"dateline\": {\"place\": \"PATRIOT PARK\", \"date\": \"2019-06-25\", \"agency\": \"UrduPoint News / Sputnik\"}, "
                    + "\"receivedAt\": \"2026-12-05T12:00:00Z\", \"storedAt\": \"2026-12-05T12:00:01Z\", "
                    + "\"text\": \"Azerbaijan's Ministry of Defense Industry and Russia's Rosoboronexport … agreed to sign …\"}";

    private ApiExamples() {}
}
