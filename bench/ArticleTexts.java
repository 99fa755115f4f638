import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/**
 * The disk cost of the article texts the store keeps (GET /articles/{id}, issue #29): waits until the embedded
 * PostgreSQL holds {@code args[0]} texts (or their count has held for 20 s), then prints their count, the table's size with its TOAST and index, and bytes
 * per article against the characters of text. Prints numbers; asserts nothing.
 *
 * <pre>
 * java -cp "target/quarkus-app/lib/main/*" bench/ArticleTexts.java 2225
 * </pre>
 */
public class ArticleTexts {
    public static void main(String[] args) throws Exception {
        long wanted = Long.parseLong(args[0]);
        String url = System.getProperty("jdbc", "jdbc:postgresql://localhost:5433/postgres");
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            // articles that normalise to one id (a corpus's exact duplicates) are one text: stop once the count holds
            long n = 0;
            int still = 0;
            for (int i = 0; i < 1200 && n < wanted && still < 20; i++) {
                long before = n;
                try (ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM article_texts")) {
                    r.next();
                    n = r.getLong(1);
                }
                still = n > 0 && n == before ? still + 1 : 0;
                Thread.sleep(1000);
            }
            c.createStatement().execute("VACUUM ANALYZE article_texts");
            try (ResultSet r = c.createStatement().executeQuery("""
                    SELECT count(*), sum(length(body)), sum(octet_length(body)),
                           pg_total_relation_size('article_texts'), pg_relation_size('article_texts'),
                           pg_indexes_size('article_texts')
                    FROM article_texts""")) {
                r.next();
                long count = r.getLong(1);
                long total = r.getLong(4);
                System.out.printf(
                        "RESULT texts=%d chars=%d utf8_bytes=%d table_total_bytes=%d heap=%d indexes=%d"
                                + " bytes_per_article=%d bytes_per_text_byte=%.2f%n",
                        count,
                        r.getLong(2),
                        r.getLong(3),
                        total,
                        r.getLong(5),
                        r.getLong(6),
                        total / Math.max(1, count),
                        total / (double) Math.max(1, r.getLong(3)));
            }
        }
    }
}
