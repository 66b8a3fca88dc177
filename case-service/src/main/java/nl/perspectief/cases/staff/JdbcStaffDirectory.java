package nl.perspectief.cases.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.perspectief.security.StaffRole;

/** Table {@code staff_member} (Flyway V6): one row per subject, its username and role as of the last sign-in. */
@Repository
class JdbcStaffDirectory implements StaffDirectory {

    private final JdbcClient jdbc;

    JdbcStaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void signedIn(String subject, String username, StaffRole role, Instant at) {
        jdbc.sql("""
                        insert into staff_member (subject, username, role, first_seen_at, last_seen_at)
                        values (:subject, :username, :role, :at, :at)
                        on conflict (subject) do update
                        set username = excluded.username, role = excluded.role, last_seen_at = excluded.last_seen_at""")
                .param("subject", subject)
                .param("username", username)
                .param("role", role.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public Optional<String> usernameOf(String subject) {
        return jdbc.sql("select username from staff_member where subject = :subject")
                .param("subject", subject)
                .query(String.class)
                .optional();
    }

    @Override
    public List<KnownStaffMember> inRole(StaffRole role) {
        return jdbc.sql("select subject, username from staff_member where role = :role order by username, subject")
                .param("role", role.name())
                .query((row, n) -> new KnownStaffMember(row.getString("subject"), row.getString("username")))
                .list();
    }
}
