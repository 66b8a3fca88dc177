package nl.perspectief.cases;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Everything the service's database holds, cell by cell (bytea read as UTF-8), for canary checks: read as a user who may read every table. */
public final class StoredCells {

    public static List<String> ofEveryTable(DataSource dataSource) throws SQLException {
        List<String> cells = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select * from " + table)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int column = 1; column <= columns.getColumnCount(); column++) {
                            Object value = rows.getObject(column);
                            if (value instanceof byte[] bytes) {
                                cells.add(new String(bytes, StandardCharsets.UTF_8));
                            } else if (value != null) {
                                cells.add(value.toString());
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }

    private StoredCells() {
    }
}
