package nl.perspectief.training.enrolment.contact;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The language an enrolment was made in (the page's, or the API call's {@code Accept-Language}), so that every mail
 * about it is written in that language: Dutch or English, Dutch when nothing was recorded (an enrolment by a trainer).
 * Recorded before the enrolment's command is sent, so it is there when the first mail is queued.
 */
@Component
public class EnrolmentLanguages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");

    private final JdbcClient jdbc;
    private final Clock clock;

    EnrolmentLanguages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** English for anything English, Dutch for anything else: the two languages the pages and mails are written in. */
    public static Locale supported(Locale asked) {
        return asked != null && ENGLISH.getLanguage().equals(asked.getLanguage()) ? ENGLISH : DUTCH;
    }

    public void record(UUID enrolmentId, Locale language) {
        jdbc.sql("""
                        insert into enrolment_language (enrolment_id, language, recorded_at) values (?, ?, ?)
                        on conflict (enrolment_id) do nothing""")
                .params(enrolmentId, supported(language).getLanguage(), Timestamp.from(clock.instant()))
                .update();
    }

    /** For an enrolment refused after its language was recorded: nothing of it is kept. */
    public void forget(UUID enrolmentId) {
        jdbc.sql("delete from enrolment_language where enrolment_id = ?").param(enrolmentId).update();
    }

    public Locale of(UUID enrolmentId) {
        return jdbc.sql("select language from enrolment_language where enrolment_id = ?")
                .param(enrolmentId)
                .query(String.class)
                .optional()
                .map(Locale::forLanguageTag)
                .orElse(DUTCH);
    }
}
