package dev.comptoir.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Looks through every row of a service's PostgreSQL database, e.g. for a secret that must not be kept there. */
public final class DatabaseRows {
    private DatabaseRows() {
    }

    /** The tables of the current schema where some row, all its columns as text, contains {@code text}. */
    public static List<String> tablesContaining(DataSource dataSource, String text) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement list = connection.prepareStatement("""
                    select table_name from information_schema.tables
                    where table_schema = current_schema() and table_type = 'BASE TABLE'""");
                    ResultSet rows = list.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            List<String> containing = new ArrayList<>();
            for (String table : tables) {
                // The table name comes from the catalog, quoted as an identifier; the text is a parameter.
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                try (PreparedStatement search = connection.prepareStatement(
                        "select exists (select 1 from " + quoted + " r where strpos(r::text, ?) > 0)")) {
                    search.setString(1, text);
                    try (ResultSet found = search.executeQuery()) {
                        found.next();
                        if (found.getBoolean(1)) {
                            containing.add(table);
                        }
                    }
                }
            }
            return containing;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the database failed", e);
        }
    }
}
