package nl.perspectief.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service runs as a database user that reads and writes its tables but can change no schema: a flaw behind
 * the public endpoint cannot drop or alter a table, nor rewrite Flyway's history.
 */
class DatabaseUsersIT extends RunningIntakeService {

    @Test
    void theServiceRunsAsTheApplicationUserWhichOwnsNothing() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(EmbeddedDatabase.APP_USER);
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from registration_status").query(Long.class).single()).isNotNegative();
    }

    @Test
    void theApplicationUserCannotChangeTheSchemaOrFlywaysHistory() {
        assertThatThrownBy(() -> jdbc.sql("drop table registration_status").update())
                .rootCause().hasMessageContaining("must be owner of table registration_status");
        assertThatThrownBy(() -> jdbc.sql("create table intruder (id int)").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from flyway_schema_history").update())
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theApplicationUserTakesReferencesButCannotSetAYearsSeriesBack() {
        int first = jdbc.sql("select next_registration_number(2099)").query(Integer.class).single();

        assertThat(jdbc.sql("select next_registration_number(2099)").query(Integer.class).single()).isEqualTo(first + 1);
        assertThatThrownBy(() -> jdbc.sql("select setval('registration_reference_2099', 1)").query(Long.class).single())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("select next_registration_number(1999)").query(Integer.class).single())
                .rootCause().hasMessageContaining("no reference series for year 1999");
    }
}
