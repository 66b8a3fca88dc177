package nl.perspectief.intake.registration.command;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The year's PostgreSQL sequence, through {@code next_registration_number} (V2), which makes the year's sequence on its
 * first registration. A sequence takes no lock that lasts until the commit, so concurrent registrations do not wait on
 * each other here.
 */
@Component
class JdbcRegistrationReferences implements RegistrationReferences {

    private final JdbcClient jdbc;

    JdbcRegistrationReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int next(int year) {
        return jdbc.sql("select next_registration_number(?)").param(year).query(Integer.class).single();
    }
}
