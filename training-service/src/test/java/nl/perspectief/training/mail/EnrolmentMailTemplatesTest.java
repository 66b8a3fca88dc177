package nl.perspectief.training.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.perspectief.mailoutbox.MailTemplates;
import nl.perspectief.mailoutbox.RenderedMail;

/**
 * Every mail in both languages, the participant's and the referring professional's: it renders every variable it is
 * given, and its subject holds none of them.
 */
class EnrolmentMailTemplatesTest {

    private static final MailTemplates TEMPLATES = new MailTemplates(EnrolmentMailTemplatesTest.class.getClassLoader());
    private static final Map<String, Object> MODEL = Map.ofEntries(
            Map.entry("firstName", "Kanariefirst"), Map.entry("courseTitle", "Kanariecourse"),
            Map.entry("days", List.of("Kanarieday one", "Kanarieday two")), Map.entry("locationKind", "OFFICE"),
            Map.entry("place", "Kanarieplace"), Map.entry("position", 7), Map.entry("expiresAt", "Kanariemoment"),
            Map.entry("reason", "Kanariereason"), Map.entry("code", "KANARIECODE"),
            Map.entry("checkLink", "http://x/certificates/check?code=KANARIECODE"),
            Map.entry("link", "http://x/enrolments/1?token=Kanarietoken"),
            Map.entry("participantName", "Kanarieparticipant"));

    static List<Object[]> mails() {
        return Stream.concat(EnrolmentMails.templates().stream(),
                        EnrolmentMails.referralTemplates().stream())
                .flatMap(template -> List.of(new Object[] {template, Locale.forLanguageTag("nl")},
                        new Object[] {template, Locale.forLanguageTag("en")}).stream())
                .toList();
    }

    @ParameterizedTest
    @MethodSource("mails")
    void writesTheMailWithItsVariablesUnderASubjectWithoutAny(String template, Locale language) {
        RenderedMail mail = TEMPLATES.render(template, language, MODEL);

        assertThat(mail.subject()).isNotBlank().doesNotContainIgnoringCase("kanarie");
        assertThat(mail.text()).contains("Kanariefirst", "Kanariecourse").doesNotContain("[(", "${", "??");
        boolean toTheReferrer = template.startsWith(EnrolmentMails.REFERRAL);
        assertThat(mail.text().contains("Kanarieparticipant")).as("names whom the professional enrolled")
                .isEqualTo(toTheReferrer);
        String event = template.substring(toTheReferrer ? EnrolmentMails.REFERRAL.length() : 0);
        boolean carriesALink = List.of(EnrolmentMails.CONFIRMED, EnrolmentMails.WAITLISTED, EnrolmentMails.OFFERED)
                .contains(event);
        assertThat(mail.text().contains("Kanarietoken")).as("the link to the enrolment's page").isEqualTo(carriesALink);
        switch (event) {
            case EnrolmentMails.WAITLISTED -> assertThat(mail.text()).contains("7");
            case EnrolmentMails.OFFERED -> assertThat(mail.text()).contains("Kanariemoment");
            case EnrolmentMails.SESSION_CANCELLED -> assertThat(mail.text()).contains("Kanariereason", "Kanarieday two");
            case EnrolmentMails.CERTIFICATE -> assertThat(mail.text()).contains("KANARIECODE", "/certificates/check?code=");
            default -> assertThat(mail.text()).isNotBlank();
        }
    }
}
