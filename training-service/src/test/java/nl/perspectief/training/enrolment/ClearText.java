package nl.perspectief.training.enrolment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Which tables hold a text in clear, in any text, JSON or byte column, as the database's superuser reads them. */
final class ClearText {

    private ClearText() {
    }

    static List<String> tablesHolding(DataSource superuser, String text) {
        JdbcClient jdbc = JdbcClient.create(superuser);
        List<String> found = new ArrayList<>();
        record Column(String table, String column, String type) {
        }
        List<Column> columns = jdbc.sql("""
                        select table_name, column_name, data_type from information_schema.columns
                        where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'bytea')""")
                .query((rs, row) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        for (Column column : columns) {
            String condition = column.type().equals("bytea")
                    ? "position(? in \"" + column.column() + "\") > 0"
                    : "\"" + column.column() + "\"::text like '%' || ? || '%'";
            Object parameter = column.type().equals("bytea") ? text.getBytes(StandardCharsets.UTF_8) : text;
            long rows = jdbc.sql("select count(*) from \"" + column.table() + "\" where " + condition)
                    .param(parameter).query(Long.class).single();
            if (rows > 0) {
                found.add(column.table() + "." + column.column());
            }
        }
        return found;
    }
}
