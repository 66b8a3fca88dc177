package nl.perspectief.intake.registration;

import static nl.perspectief.intake.registration.RegistrationFixtures.WEBSITE_JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.perspectief.intake.RunningIntakeService;

/** The privacy promise of the issue: a name posted in clear is in no column of the database, yet readable through the service. */
class PersonalDataAtRestIT extends RunningIntakeService {

    private static final String CANARY = "Zwanenburg-7f3a";

    @Test
    void keepsACanaryNameOutOfEveryColumnOfEveryTableWhilePublishingItDecrypted() {
        String json = WEBSITE_JSON
                .replace("Julia de Vries", "Canary " + CANARY)
                .replace("julia@example.org", "canary." + CANARY.toLowerCase() + "@example.org")
                .replace("Peter Bakker", "Other " + CANARY)
                .replace("family friend, tutor", "tutor of " + CANARY)
                .replace("He tutored me", "Story of " + CANARY + ": he tutored me");

        Answer answer = post(json);
        assertThat(answer.status()).isEqualTo(201);
        String published = publishedRecordOf(answer.body().get("registrationId").asString()).value();
        assertThat(published).contains("Canary " + CANARY, "Other " + CANARY, "tutor of " + CANARY, "Story of " + CANARY);

        List<String> tables = jdbc.sql("""
                        select table_schema || '.' || table_name from information_schema.tables
                        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")
                .query(String.class).list();
        assertThat(tables).contains("public.domain_event_entry", "public.subject_key", "public.idempotency_key");
        List<String> leaks = new ArrayList<>();
        for (String table : tables) {
            jdbc.sql("select * from " + table).query((ResultSet rows) -> {
                ResultSetMetaData columns = rows.getMetaData();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    if (textOf(rows.getObject(column)).toLowerCase().contains(CANARY.toLowerCase())) {
                        leaks.add(table + "." + columns.getColumnName(column));
                    }
                }
            });
        }
        assertThat(leaks).as("columns holding the canary in clear").isEmpty();
        assertThat(rowsIn("domain_event_entry")).isPositive();
    }

    private static String textOf(Object value) {
        return switch (value) {
            case null -> "";
            case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
            default -> value.toString();
        };
    }
}
