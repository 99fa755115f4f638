import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /events and /agreements at scale. {@code load} writes N synthetic events straight into the store's tables (the same
 * rows the store writes: events, parties, evidence, articles, with a valid event document; and N/3 agreements); {@code query} times the API with
 * filters and cursors, sequentially, and prints p50/p95/p99 per query. Prints numbers; asserts nothing.
 *
 * usage: java -cp "target/quarkus-app/lib/main/*" bench/QueryLoad.java load JDBC_URL USER PASSWORD N
 *        java -cp "target/quarkus-app/lib/main/*" bench/QueryLoad.java query BASE_URL [REQUESTS]
 */
public class QueryLoad {

    static final int WARM_UP_ROUNDS = Integer.getInteger("warmup", 50);

    static final String[][] COUNTRIES = {
        {"Russia", "RUS"},
        {"China", "CHN"},
        {"India", "IND"},
        {"Brazil", "BRA"},
        {"Germany", "DEU"},
        {"France", "FRA"},
        {"Japan", "JPN"},
        {"Turkey", "TUR"},
        {"Egypt", "EGY"},
        {"Kenya", "KEN"},
        {"Mexico", "MEX"},
        {"Canada", "CAN"},
        {"Australia", "AUS"},
        {"Indonesia", "IDN"},
        {"Nigeria", "NGA"},
        {"Saudi Arabia", "SAU"},
        {"Iran", "IRN"},
        {"South Korea", "KOR"},
        {"Vietnam", "VNM"},
        {"Poland", "POL"},
        {"Azerbaijan", "AZE"},
        {"Ukraine", "UKR"},
        {"United States", "USA"},
        {"Chile", "CHL"},
        {"Peru", "PER"},
        {"Norway", "NOR"},
        {"Qatar", "QAT"},
        {"Pakistan", "PAK"},
        {"Israel", "ISR"},
        {"Spain", "ESP"}
    };

    public static void main(String[] args) throws Exception {
        if (args[0].equals("load")) {
            load(args[1], args[2], args[3], Integer.parseInt(args[4]));
        } else {
            query(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 300);
        }
    }

    static void load(String url, String user, String password, int n) throws Exception {
        StringBuilder names = new StringBuilder("ARRAY[");
        StringBuilder codes = new StringBuilder("ARRAY[");
        for (int i = 0; i < COUNTRIES.length; i++) {
            names.append(i > 0 ? "," : "").append("'").append(COUNTRIES[i][0]).append("'");
            codes.append(i > 0 ? "," : "").append("'").append(COUNTRIES[i][1]).append("'");
        }
        names.append("]");
        codes.append("]");
        int k = COUNTRIES.length;
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            // parties: half the sides are countries, half one of 20,000 companies ("Company 123 Holdings")
            s.execute("CREATE TEMP TABLE load_events AS SELECT g,"
                    + " 'evt_load_' || lpad(g::text, 9, '0') AS id,"
                    + " 'art_load_' || (g / 4) AS article_id,"
                    + " (ARRAY['signed','agreed','intent','negotiating','proposed','rejected','suspended'])[1 + g % 7] AS status,"
                    + " date '2000-01-01' + ((g::bigint * 7919) % 9490)::int AS day,"
                    + " CASE WHEN g % 2 = 0 THEN (" + names + ")[1 + (g * 31) % " + k
                    + "] ELSE 'Company ' || ((g * 7) % 20000) || ' Holdings' END AS a_name,"
                    + " CASE WHEN g % 2 = 0 THEN (" + codes + ")[1 + (g * 31) % " + k + "] ELSE NULL END AS a_country,"
                    + " (" + names + ")[1 + (g * 17 + 3) % " + k + "] AS b_name,"
                    + " (" + codes + ")[1 + (g * 17 + 3) % " + k + "] AS b_country,"
                    + " (ARRAY['gas pipeline','arms deliveries','fishing rights','grain exports','nuclear plant','trade','ceasefire','joint production'])[1 + g % 8] AS subject"
                    + " FROM generate_series(1, " + n + ") g");
            s.execute("INSERT INTO articles (id, url, title, source, published, first_seen)"
                    + " SELECT DISTINCT ON (article_id) article_id, 'https://example.org/load/' || article_id, 'Load article ' || article_id, 'Load Wire', day, now()"
                    + " FROM load_events ON CONFLICT DO NOTHING");
            // agreements as the linker writes them: every three consecutive events the reports of one (a third as many
            // agreements as events), the sides and subject of one of them (which one turns with the group, so that
            // every country and company is on some agreement), the status of the last
            s.execute("CREATE TEMP TABLE load_agreements AS SELECT 'agr_load_' || lpad((g / 3)::text, 9, '0') AS id,"
                    + " (array_agg(a_name ORDER BY g))[1 + (g / 3) % 3] AS a_name, (array_agg(a_country ORDER BY g))[1 + (g / 3) % 3] AS a_country,"
                    + " (array_agg(b_name ORDER BY g))[1 + (g / 3) % 3] AS b_name, (array_agg(b_country ORDER BY g))[1 + (g / 3) % 3] AS b_country,"
                    + " (array_agg(subject ORDER BY g))[1 + (g / 3) % 3] AS subject, (array_agg(status ORDER BY g DESC))[1] AS status,"
                    + " min(day) AS first_day, max(day) AS last_day, count(*) AS reports, json_agg(id ORDER BY g) AS ids"
                    + " FROM load_events GROUP BY g / 3");
            s.execute(
                    "INSERT INTO agreements (id, status, subject, agreement_date, sort_date, first_reported, last_reported, report_count,"
                            + " article_count, confidence, party_keys, document, created_at, updated_at)"
                            + " SELECT id, status, subject, last_day, last_day, first_day::timestamptz, last_day::timestamptz, reports, reports, 0.97,"
                            + " ARRAY(SELECT DISTINCT k FROM unnest(ARRAY['a:' || COALESCE(a_country, 'org:' || replace(lower(a_name), ' ', '-')), 'c:' || a_country,"
                            + "     'n:' || lower(a_name), 'a:' || b_country, 'c:' || b_country, 'n:' || lower(b_name),"
                            // one agreement in five known only from mentions (V9: no 'is:reported' key)
                            + "     CASE WHEN substring(id from 10)::int % 5 = 4 THEN NULL ELSE 'is:reported' END]) k WHERE k IS NOT NULL),"
                            + " json_build_object('id', id, 'parties', json_build_array("
                            + "     json_build_object('name', a_name, 'actor', COALESCE(a_country, 'org:' || replace(lower(a_name), ' ', '-')), 'country', a_country, 'sector', 'GOV', 'kind', 'country'),"
                            + "     json_build_object('name', b_name, 'actor', b_country, 'country', b_country, 'sector', 'GOV', 'kind', 'country')),"
                            + "   'status', status, 'subject', subject, 'topics', json_build_array(), 'date', last_day,"
                            + "   'firstReported', first_day::timestamptz, 'lastReported', last_day::timestamptz,"
                            + "   'timeline', json_build_array(json_build_object('status', status, 'date', last_day, 'firstReported', first_day::timestamptz, 'events', ids)),"
                            + "   'events', reports, 'articles', reports, 'sources', json_build_array('Load Wire'), 'confidence', 0.97, 'mergedInto', null)::text,"
                            + " now(), now() FROM load_agreements ON CONFLICT DO NOTHING");
            s.execute(
                    "INSERT INTO events (id, article_id, status, cameo, plover_event, plover_context, subject, event_date, sort_date,"
                            + " date_precision, confidence, extractor, search_text, document, stored_at, updated_at, agreement_id, party_keys)"
                            + " SELECT id, article_id, status, '0312', 'AGREE', 'economic', subject, day, day, 'day', 0.9, 'load',"
                            + " lower(subject || E'\\n' || a_name || E'\\n' || b_name || E'\\n' || a_name || ' and ' || b_name || ' reached an agreement on ' || subject || '.'),"
                            + " json_build_object('schema', 1, 'id', id, 'type', 'agreement', 'status', status,"
                            + "   'plover', json_build_object('event', 'AGREE', 'mode', null, 'context', 'economic'), 'cameo', '0312',"
                            + "   'parties', json_build_array(json_build_object('name', a_name, 'country', a_country, 'sector', 'GOV', 'kind', 'country'),"
                            + "                               json_build_object('name', b_name, 'country', b_country, 'sector', 'GOV', 'kind', 'country')),"
                            + "   'subject', subject, 'topics', json_build_array(), 'date', day, 'dateText', null, 'datePrecision', 'day',"
                            + "   'location', null, 'speaker', null,"
                            + "   'article', json_build_object('id', article_id, 'url', 'https://example.org/load/' || article_id, 'title', 'Load article', 'source', 'Load Wire', 'published', day),"
                            + "   'evidence', json_build_array(json_build_object('text', a_name || ' and ' || b_name || ' reached an agreement on ' || subject || '.', 'start', 0, 'end', 60)),"
                            + "   'confidence', 0.9, 'extractor', 'load')::text,"
                            + " now(), now(), 'agr_load_' || lpad((g / 3)::text, 9, '0'),"
                            // the keys the store writes (V10): actor, country, lower-cased name of each side
                            + " ARRAY(SELECT DISTINCT k FROM unnest(ARRAY['a:' || COALESCE(a_country, 'org:' || replace(lower(a_name), ' ', '-')),"
                            + "     'c:' || a_country, 'n:' || lower(a_name), 'a:' || COALESCE(b_country, 'org:' || replace(lower(b_name), ' ', '-')),"
                            + "     'c:' || b_country, 'n:' || lower(b_name)]) k WHERE k IS NOT NULL)"
                            + " FROM load_events ON CONFLICT DO NOTHING");
            s.execute(
                    "INSERT INTO event_parties (event_id, position, name, country, sector, kind)"
                            + " SELECT id, 0, a_name, a_country, 'GOV', 'country' FROM load_events"
                            + " UNION ALL SELECT id, 1, b_name, b_country, 'GOV', 'country' FROM load_events ON CONFLICT DO NOTHING");
            s.execute(
                    "INSERT INTO event_evidence (event_id, position, text, start_char, end_char)"
                            + " SELECT id, 0, a_name || ' and ' || b_name || ' reached an agreement on ' || subject || '.', 0, 60 FROM load_events ON CONFLICT DO NOTHING");
            s.execute(
                    "INSERT INTO party_names (name) SELECT DISTINCT lower(name) FROM event_parties ON CONFLICT DO NOTHING");
            // as a store that has run for a while: vacuumed and analysed, so that autovacuum does not work through the
            // freshly loaded rows while the queries are timed
            s.execute("VACUUM ANALYZE");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
                r.next();
                System.out.printf(
                        "load: %,d events stored in total; %,d written in %.0f s%n",
                        r.getLong(1), n, (System.nanoTime() - start) / 1e9);
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM agreements")) {
                r.next();
                System.out.printf("load: %,d agreements stored in total%n", r.getLong(1));
            }
        }
    }

    static void query(String base, int requests) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String deep = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("2013-06-01|evt_load_500000000".getBytes(StandardCharsets.UTF_8));
        String deepAgreement = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("2013-06-01T00:00:00Z|agr_load_166666666".getBytes(StandardCharsets.UTF_8));
        Map<String, String> agreements = new LinkedHashMap<>();
        agreements.put("first page", "/agreements?limit=50");
        agreements.put("deep cursor", "/agreements?limit=50&cursor=" + deepAgreement);
        agreements.put("status", "/agreements?status=signed&limit=50");
        agreements.put("country", "/agreements?country=NOR&limit=50");
        agreements.put("actor", "/agreements?actor=RUS&limit=50");
        agreements.put("party (common)", "/agreements?party=azerbaijan&limit=50");
        agreements.put("party (rare)", "/agreements?party=company%2012345%20holdings&limit=50");
        agreements.put("date range", "/agreements?from=2015-01-01&to=2015-03-31&limit=50");
        agreements.put("text", "/agreements?q=fishing%20rights&limit=50");
        agreements.put("combined", "/agreements?country=RUS&status=intent&from=2010-01-01&to=2012-12-31&limit=50");
        agreements.put("reported", "/agreements?reported=true&limit=50");
        agreements.put("mentions only", "/agreements?reported=false&limit=50");
        agreements.put("reported + country", "/agreements?reported=true&country=NOR&limit=50");
        time(http, base, requests, "GET /events", events(deep), "evt_");
        time(http, base, requests, "GET /agreements", agreements, "agr_");
    }

    static Map<String, String> events(String deep) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("first page", "/events?limit=50");
        queries.put("deep cursor", "/events?limit=50&cursor=" + deep);
        queries.put("status", "/events?status=signed&limit=50");
        queries.put("country", "/events?country=NOR&limit=50");
        queries.put("actor", "/events?actor=RUS&limit=50");
        queries.put("party (common)", "/events?party=azerbaijan&limit=50");
        queries.put("party (rare)", "/events?party=company%2012345%20holdings&limit=50");
        queries.put("date range", "/events?from=2015-01-01&to=2015-03-31&limit=50");
        queries.put("text", "/events?q=fishing%20rights&limit=50");
        queries.put("text (rare)", "/events?q=company%204242%20&limit=50");
        queries.put("combined", "/events?country=RUS&status=intent&from=2010-01-01&to=2012-12-31&limit=50");
        queries.put("combined + cursor", "/events?country=RUS&status=intent&limit=50&cursor=" + deep);
        return queries;
    }

    static void time(
            HttpClient http, String base, int requests, String title, Map<String, String> queries, String idPrefix)
            throws Exception {
        System.out.printf("%-20s %8s %8s %8s %8s %6s%n", title, "p50 ms", "p95 ms", "p99 ms", "max ms", "items");
        // a serving process answers from compiled code: warm every shape up before any is timed, or the first timed
        // shape pays for the JIT compiling the shared path (HTTP, Hibernate, JSON)
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String path : queries.values()) {
                http.send(
                        HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
        List<Double> all = new ArrayList<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            HttpRequest request =
                    HttpRequest.newBuilder(URI.create(base + q.getValue())).build();
            int items = 0;
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                times.add((System.nanoTime() - t0) / 1e6);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(q.getValue() + " answered " + r.statusCode() + ": " + r.body());
                }
                items = r.body().split("\"id\":\"" + idPrefix).length - 1;
            }
            Collections.sort(times);
            all.addAll(times);
            System.out.printf(
                    "%-20s %8.1f %8.1f %8.1f %8.1f %6d%n",
                    q.getKey(), pct(times, 50), pct(times, 95), pct(times, 99), times.get(times.size() - 1), items);
        }
        Collections.sort(all);
        System.out.printf(
                "RESULT %s query_p50_ms=%.1f query_p95_ms=%.1f query_p99_ms=%.1f%n",
                title, pct(all, 50), pct(all, 95), pct(all, 99));
    }

    static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }
}
