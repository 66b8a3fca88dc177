package nl.perspectief.accesslog;

import static nl.perspectief.accesslog.AccessLogFixtures.accessLogOn;
import static nl.perspectief.accesslog.AccessLogFixtures.appendMany;
import static nl.perspectief.accesslog.AccessLogFixtures.tamper;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import nl.perspectief.accesslog.TestDatabase.AccessLogDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The README tells an auditor how to recompute the chain with psql alone; that query must hold. */
class AuditorQueryTest {

    private final AccessLogDatabase database = TestDatabase.fresh();
    private final JdbcClient asApp = JdbcClient.create(database.app());

    @Test
    void recomputesEveryHashAndLinkOfAnIntactChain() throws IOException {
        appendMany(accessLogOn(database.app()), 25);

        List<Map<String, Object>> rows = asApp.sql(auditorQuery()).query().listOfRows();

        assertThat(rows).hasSize(25).allSatisfy(row -> {
            assertThat(row.get("hash_ok")).isEqualTo(true);
            assertThat(row.get("link_ok")).isEqualTo(true);
        });
    }

    @Test
    void givesTheBytesThatSha256HashesToTheStoredHash() throws Exception {
        appendMany(accessLogOn(database.app()), 3);

        Map<String, Object> second = asApp.sql(auditorQuery()).query().listOfRows().get(1);
        byte[] stored = asApp.sql("select hash from access_log where position = 2").query(byte[].class).single();

        byte[] encoding = HexFormat.of().parseHex((String) second.get("encoding"));
        assertThat(java.security.MessageDigest.getInstance("SHA-256").digest(encoding)).isEqualTo(stored);
    }

    @Test
    void showsWhichRowWasChangedAndWhichWasDeleted() throws IOException {
        appendMany(accessLogOn(database.app()), 8);
        tamper(database.superuser(),
                "update access_log set outcome = 'NOT_FOUND' where position = 3",
                "delete from access_log where position = 6");

        List<Map<String, Object>> rows = asApp.sql(auditorQuery()).query().listOfRows();

        assertThat(rows).filteredOn(row -> !Boolean.TRUE.equals(row.get("hash_ok")))
                .extracting(row -> ((Number) row.get("position")).longValue()).containsExactly(3L);
        assertThat(rows).filteredOn(row -> !Boolean.TRUE.equals(row.get("link_ok")))
                .extracting(row -> ((Number) row.get("position")).longValue()).containsExactly(7L, 8L);
    }

    static String auditorQuery() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("### Recomputing the chain");
        int start = readme.indexOf("```sql\n", section) + "```sql\n".length();
        return readme.substring(start, readme.indexOf("```", start)).strip().replaceAll(";$", "");
    }
}
