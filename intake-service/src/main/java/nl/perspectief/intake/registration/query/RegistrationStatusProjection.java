package nl.perspectief.intake.registration.query;

import java.sql.Timestamp;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.perspectief.intake.registration.api.FindRegistrationStatusQuery;
import nl.perspectief.intake.registration.api.RegistrationStatusView;
import nl.perspectief.intake.registration.api.RegistrationSubmittedEvent;

/**
 * The status of each registration, without personal data. Its processing group is subscribing (see
 * application.yml): the row is written in the transaction of the event, so the {@code Location} of a
 * 201 resolves at once.
 */
@Component
@ProcessingGroup(RegistrationStatusProjection.PROCESSING_GROUP)
class RegistrationStatusProjection {

    static final String PROCESSING_GROUP = "registration-status";

    private final JdbcClient jdbc;

    RegistrationStatusProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RegistrationSubmittedEvent event) {
        jdbc.sql("""
                        insert into registration_status (registration_id, reference, submitted_at) values (?, ?, ?)
                        on conflict (registration_id) do nothing""")
                .params(event.registrationId(), event.reference(), Timestamp.from(event.submittedAt()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from registration_status").update();
    }

    /** Answers null for an unknown id: Axon's gateway turns that into an empty optional for the caller. */
    @QueryHandler
    RegistrationStatusView handle(FindRegistrationStatusQuery query) {
        return jdbc.sql("select registration_id, reference, submitted_at from registration_status where registration_id = ?")
                .param(query.registrationId())
                .query((rs, row) -> new RegistrationStatusView(rs.getObject("registration_id", UUID.class),
                        rs.getString("reference"), rs.getTimestamp("submitted_at").toInstant()))
                .optional()
                .orElse(null);
    }
}
