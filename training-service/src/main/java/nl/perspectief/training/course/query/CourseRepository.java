package nl.perspectief.training.course.query;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CompletionRule;
import nl.perspectief.training.course.api.CoursePlannedEvent;
import nl.perspectief.training.course.api.CourseRevisedEvent;
import nl.perspectief.training.course.api.CourseView;

/** The {@code course} table. */
@Repository
class CourseRepository {

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void planned(CoursePlannedEvent planned) {
        Accreditation accreditation = planned.accreditation();
        jdbc.sql("""
                        insert into course (course_id, title, audience, description, net_hours, accreditation_register,
                            accreditation_activity_id, max_excused_days, planned_at)
                        values (:course, :title, :audience, :description, :hours, :register, :activity, :excused, :at)""")
                .param("course", planned.courseId()).param("title", planned.title())
                .param("audience", planned.audience().name()).param("description", planned.description())
                .param("hours", planned.netHours())
                .param("register", accreditation == null ? null : accreditation.register())
                .param("activity", accreditation == null ? null : accreditation.activityId())
                .param("excused", planned.completionRule().maxExcusedDays())
                .param("at", Timestamp.from(planned.at()))
                .update();
    }

    void revised(CourseRevisedEvent revised) {
        Accreditation accreditation = revised.accreditation();
        jdbc.sql("""
                        update course set title = :title, description = :description, net_hours = :hours,
                            accreditation_register = :register, accreditation_activity_id = :activity,
                            max_excused_days = :excused, revised_at = :at
                        where course_id = :course""")
                .param("course", revised.courseId()).param("title", revised.title())
                .param("description", revised.description()).param("hours", revised.netHours())
                .param("register", accreditation == null ? null : accreditation.register())
                .param("activity", accreditation == null ? null : accreditation.activityId())
                .param("excused", revised.completionRule().maxExcusedDays())
                .param("at", Timestamp.from(revised.at()))
                .update();
    }

    Optional<CourseView> find(UUID courseId) {
        return jdbc.sql("select * from course where course_id = :course")
                .param("course", courseId)
                .query((rs, row) -> view(rs))
                .optional();
    }

    List<CourseView> list(Audience audience) {
        return jdbc.sql("""
                        select * from course where cast(:audience as text) is null or audience = :audience
                        order by title, course_id""")
                .param("audience", audience == null ? null : audience.name())
                .query((rs, row) -> view(rs))
                .list();
    }

    private static CourseView view(ResultSet rs) throws SQLException {
        String register = rs.getString("accreditation_register");
        Accreditation accreditation = register == null ? null
                : new Accreditation(register, rs.getString("accreditation_activity_id"));
        Timestamp revisedAt = rs.getTimestamp("revised_at");
        BigDecimal netHours = rs.getBigDecimal("net_hours");
        return new CourseView(rs.getObject("course_id", UUID.class), rs.getString("title"),
                Audience.valueOf(rs.getString("audience")), rs.getString("description"), netHours, accreditation,
                accreditation == null ? null : accreditation.pointsFor(netHours),
                new CompletionRule(rs.getInt("max_excused_days")), rs.getTimestamp("planned_at").toInstant(),
                revisedAt == null ? null : revisedAt.toInstant());
    }
}
