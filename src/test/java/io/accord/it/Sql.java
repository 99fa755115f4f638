package io.accord.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the store's tables directly, as an operator would check them. */
final class Sql {

    interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private Sql() {}

    static <T> List<T> rows(String jdbcUrl, String query, Row<T> row) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            List<T> out = new ArrayList<>();
            while (r.next()) {
                out.add(row.read(r));
            }
            return out;
        }
    }
}
