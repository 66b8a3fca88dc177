package nl.perspectief.intake.registration.command;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The upsert locks the year's row until the transaction ends, so concurrent registrations get
 * consecutive numbers and a rolled-back registration burns none.
 */
@Component
class JdbcRegistrationReferences implements RegistrationReferences {

    private final JdbcClient jdbc;

    JdbcRegistrationReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int next(int year) {
        return jdbc.sql("""
                        insert into registration_reference_counter (year, last_value) values (?, 1)
                        on conflict (year) do update set last_value = registration_reference_counter.last_value + 1
                        returning last_value""")
                .param(year)
                .query(Integer.class)
                .single();
    }
}
