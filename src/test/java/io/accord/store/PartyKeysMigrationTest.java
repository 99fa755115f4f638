package io.accord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A store upgraded from V6 keeps its agreements findable by party: V7 turns each agreement's party rows into the keys
 * the listing filters on; from V8, V9 marks the reported agreements and V10 gives each event its party keys. On a real
 * PostgreSQL, through the same migrations the store runs at start.
 */
class PartyKeysMigrationTest {

    @Test
    void agreementsStoredBeforeV7GetTheirPartiesAsKeys() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            flyway(db, "6").migrate();
            try (Connection c = db.getConnection();
                    Statement s = c.createStatement()) {
                s.execute(
                        "INSERT INTO agreements (id, document, created_at, updated_at) VALUES ('agr_old', '{}', now(), now())");
                s.execute(
                        "INSERT INTO agreement_parties (agreement_id, position, name, actor, country, sector, kind) VALUES"
                                + " ('agr_old', 0, 'Rosoboronexport', 'org:rosoboronexport', 'RUS', 'BUS', 'company'),"
                                + " ('agr_old', 1, 'Azerbaijan', 'AZE', 'AZE', 'GOV', 'country')");
                s.execute(
                        "INSERT INTO agreements (id, document, created_at, updated_at) VALUES ('agr_partyless', '{}', now(), now())");
            }

            flyway(db, "latest").migrate();

            try (Connection c = db.getConnection();
                    Statement s = c.createStatement()) {
                assertEquals(
                        List.of(
                                "a:AZE",
                                "a:org:rosoboronexport",
                                "c:AZE",
                                "c:RUS",
                                "n:azerbaijan",
                                "n:rosoboronexport"),
                        keys(s, "agr_old"));
                assertEquals(List.of(), keys(s, "agr_partyless"));
                try (ResultSet r = s.executeQuery("SELECT to_regclass('agreement_parties') IS NOT NULL")) {
                    r.next();
                    assertFalse(r.getBoolean(1), "the party rows are gone once their keys are on the agreements");
                }
                // the listing's filters find it by each kind of key
                for (String filter : List.of(
                        "party_keys @> ARRAY['c:RUS']",
                        "party_keys @> ARRAY['a:AZE']",
                        "party_keys && ARRAY['n:azerbaijan']")) {
                    try (ResultSet r = s.executeQuery("SELECT id FROM agreements WHERE " + filter)) {
                        assertEquals(true, r.next(), filter);
                        assertEquals("agr_old", r.getString(1), filter);
                    }
                }
            }
        }
    }

    @Test
    void eventsAndReportedAgreementsStoredBeforeV9GetTheirKeys() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            flyway(db, "8").migrate();
            try (Connection c = db.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("INSERT INTO agreements (id, report_count, document, party_keys, created_at, updated_at)"
                        + " VALUES ('agr_told', 2, '{}', ARRAY['c:RUS'], now(), now())");
                s.execute("INSERT INTO articles (id, first_seen) VALUES ('art_1', now())");
                s.execute("INSERT INTO events (id, article_id, status, sort_date, confidence, extractor, search_text,"
                        + " document, stored_at, updated_at) VALUES ('evt_old', 'art_1', 'signed', '2019-06-25', 0.9, 't', '',"
                        + " '{}', now(), now())");
                s.execute("INSERT INTO event_parties (event_id, position, name, actor, country, sector, kind) VALUES"
                        + " ('evt_old', 0, 'Rosoboronexport', 'org:rosoboronexport', 'RUS', 'BUS', 'company'),"
                        + " ('evt_old', 1, 'Azerbaijan', 'AZE', 'AZE', 'GOV', 'country'),"
                        + " ('evt_old', 2, 'Some Fund', NULL, NULL, NULL, 'organization')");
            }

            flyway(db, "latest").migrate();

            try (Connection c = db.getConnection();
                    Statement s = c.createStatement()) {
                assertEquals(List.of("c:RUS", "is:reported"), keys(s, "agreements", "agr_told"));
                assertEquals(
                        List.of(
                                "a:AZE",
                                "a:org:rosoboronexport",
                                "c:AZE",
                                "c:RUS",
                                "n:azerbaijan",
                                "n:rosoboronexport",
                                "n:some fund"),
                        keys(s, "events", "evt_old"));
                try (ResultSet r = s.executeQuery("SELECT mention FROM events WHERE id = 'evt_old'")) {
                    r.next();
                    assertFalse(r.getBoolean(1), "an event stored before mentions existed is no mention");
                }
            }
        }
    }

    private static Flyway flyway(DataSource db, String target) {
        return Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    private static List<String> keys(Statement s, String id) throws Exception {
        return keys(s, "agreements", id);
    }

    private static List<String> keys(Statement s, String table, String id) throws Exception {
        try (ResultSet r = s.executeQuery("SELECT party_keys FROM " + table + " WHERE id = '" + id + "'")) {
            r.next();
            Array keys = r.getArray(1);
            return Arrays.stream((Object[]) keys.getArray())
                    .map(String.class::cast)
                    .sorted()
                    .toList();
        }
    }
}
