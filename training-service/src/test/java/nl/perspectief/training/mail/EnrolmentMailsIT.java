package nl.perspectief.training.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.perspectief.training.RunningTrainingService;
import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CompletionRule;
import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.course.api.PlanCourseCommand;
import nl.perspectief.training.enrolment.Browser;
import nl.perspectief.training.enrolment.Browser.Page;
import nl.perspectief.training.enrolment.PublicCourses;
import nl.perspectief.training.session.api.AttendanceMark;
import nl.perspectief.training.session.api.CancelSessionCommand;
import nl.perspectief.training.session.api.CompleteSessionCommand;
import nl.perspectief.training.session.api.EnrolledBy;
import nl.perspectief.training.session.api.IssueCertificateCommand;
import nl.perspectief.training.session.api.Location;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.Participant;
import nl.perspectief.training.session.api.PlanSessionCommand;
import nl.perspectief.training.session.api.RecordAttendanceCommand;
import nl.perspectief.training.session.api.RequestEnrolmentCommand;
import nl.perspectief.training.session.api.SessionDay;

/**
 * The participants' mails on the running service, over real SMTP (GreenMail): one mail per event at the participant's
 * own address, in the language they enrolled in, under a subject that names nobody and nothing, its link opening their
 * enrolment's page; the offer's link takes the place; a cancelled session tells everyone it had, with the reason; a
 * certificate's mail says how to check it.
 */
class EnrolmentMailsIT extends RunningTrainingService {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/enrolments/\\S+");

    @Autowired
    private CommandGateway commands;

    private PublicCourses courses;

    @BeforeEach
    void courses() {
        courses = new PublicCourses(commands);
    }

    /** Someone who enrols, with an address of their own so that their mailbox is theirs alone. */
    private record Person(String name, String address) {

        static Person called(String name) {
            return new Person(name, name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID() + "@example.org");
        }

        Map<String, Object> enrolment() {
            Map<String, Object> body = new java.util.HashMap<>(PublicCourses.enrolment(name));
            body.put("email", address);
            return body;
        }
    }

    private void enrol(UUID sessionId, Person person, String language) {
        assertThat(api().post().uri("/api/public/sessions/" + sessionId + "/enrolments")
                .header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(person.enrolment()))
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(201);
    }

    /** Waits until the address has {@code count} mails, then a moment more to see that no copy follows. */
    private static List<MimeMessage> mails(Person person, int count) throws InterruptedException {
        await("%d mail(s) to %s".formatted(count, person.name())).atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(person.address()).size() >= count);
        Thread.sleep(700);
        List<MimeMessage> mails = mailsTo(person.address());
        assertThat(mails).as("mails to " + person.name()).hasSize(count);
        return mails;
    }

    private static MimeMessage withSubject(List<MimeMessage> mails, String subject) throws MessagingException {
        for (MimeMessage mail : mails) {
            if (subject.equals(mail.getSubject())) {
                return mail;
            }
        }
        throw new AssertionError("no mail with the subject " + subject);
    }

    private static String text(MimeMessage mail) throws IOException, MessagingException {
        Object content = mail.getContent();
        if (content instanceof String text) {
            return text.replace("\r\n", "\n");
        }
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
        return ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
    }

    private static String link(MimeMessage mail) throws IOException, MessagingException {
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).as("a link to the enrolment's page").isTrue();
        return link.group().replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void mailsAConfirmationWithTheLinkToTheEnrolmentsPageUnderASubjectThatNamesNobody() throws Exception {
        UUID sessionId = courses.professionalsSession(3);
        Person anna = Person.called("Anna Vermeulen");

        enrol(sessionId, anna, "nl");

        MimeMessage mail = mails(anna, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Je inschrijving voor een training van Perspectief")
                .doesNotContain("Anna", "Vermeulen", PublicCourses.TITLE);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(anna.address());
        assertThat(text(mail)).startsWith("Hallo Anna,").contains("Je bent ingeschreven voor de training \""
                + PublicCourses.TITLE + "\"", "Oudegracht 1, Utrecht").doesNotContain("Vermeulen");
        Page page = new Browser(port, "nl").get(link(mail));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Hallo Anna", "Je bent ingeschreven: er is een plaats voor je.");
    }

    @Test
    void mailsTheWaitingListPositionInEnglishToWhoEnrolledInEnglish() throws Exception {
        UUID sessionId = courses.professionalsSession(1);
        enrol(sessionId, Person.called("Bob Janssens"), "nl");
        Person clara = Person.called("Clara Janssens");

        enrol(sessionId, clara, "en-GB,en;q=0.8");

        MimeMessage mail = mails(clara, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("You are on the waiting list of a Perspectief course");
        assertThat(text(mail)).startsWith("Hello Clara,").contains("You are on the waiting list, at position 1.");
    }

    @Test
    void mailsTheFirstWaitingTheOfferWhenAPlaceFreesAndItsLinkTakesThePlace() throws Exception {
        UUID sessionId = courses.professionalsSession(1);
        Person daan = Person.called("Daan Mertens");
        Person eva = Person.called("Eva Mertens");
        enrol(sessionId, daan, "nl");
        enrol(sessionId, eva, "nl");
        Browser daansBrowser = new Browser(port, "nl");
        daansBrowser.submit(daansBrowser.get(link(mails(daan, 1).getFirst())), "form.cancel", Map.of());

        MimeMessage offer = withSubject(mails(eva, 2), "Er is een plaats vrij voor je in een training van Perspectief");
        assertThat(text(offer)).contains("We houden haar voor je vast tot");
        Browser evasBrowser = new Browser(port, "nl");
        Page taken = evasBrowser.submit(evasBrowser.get(link(offer)), "form[action$=/accept]", Map.of());

        assertThat(taken.status()).isEqualTo(303);
        assertThat(withSubject(mails(eva, 3), "Je inschrijving voor een training van Perspectief")).isNotNull();
        assertThat(mails(daan, 1)).as("nothing more for who cancelled").hasSize(1);
    }

    @Test
    void tellsEveryoneASessionHadThatItIsCalledOffAndWhy() throws Exception {
        UUID sessionId = courses.professionalsSession(1);
        Person fenna = Person.called("Fenna Willems");
        Person gert = Person.called("Gert Willems");
        enrol(sessionId, fenna, "nl");
        enrol(sessionId, gert, "en");
        mails(fenna, 1);
        mails(gert, 1);

        commands.sendAndWait(new CancelSessionCommand(sessionId, "De trainer is ziek; we plannen een nieuwe datum.",
                PublicCourses.TRAINER, Instant.now()));

        MimeMessage toFenna = withSubject(mails(fenna, 2), "Een training van Perspectief gaat niet door");
        assertThat(text(toFenna)).contains("De reden: De trainer is ziek; we plannen een nieuwe datum.");
        assertThat(withSubject(mails(gert, 2), "A Perspectief course has been cancelled")).isNotNull();
    }

    @Test
    void mailsTheCertificatesCodeAndHowAnyoneChecksIt() throws Exception {
        Person hanna = Person.called("Hanna Peeters");
        String code = certificateIssuedTo(hanna);

        // the first is the confirmation of her place, when the trainer enrolled her
        MimeMessage mail = withSubject(mails(hanna, 2), "Je certificaat van een training van Perspectief");
        assertThat(text(mail)).contains("Op het certificaat staat een code: " + code, "/certificates/check?code=" + code);
        assertThat(new Browser(port, "nl").get("/certificates/check?code=" + code).text())
                .contains("Dit certificaat is geldig");
    }

    /** A session held ten days ago that Hanna attended, completed and was certified for (no mails before: by a trainer). */
    private String certificateIssuedTo(Person person) {
        Instant now = Instant.now();
        LocalDate day = LocalDate.now(PublicCourses.UTRECHT).minusDays(10);
        UUID courseId = UUID.randomUUID();
        UUID sessionId = UUID.randomUUID();
        UUID enrolmentId = UUID.randomUUID();
        CourseFacts facts = new CourseFacts("Slachtoffers in beeld", Audience.PROFESSIONALS, new BigDecimal("6.0"),
                new Accreditation("Kwaliteitsregister V&V", "KV-2026-0901"), CompletionRule.EVERY_DAY);
        commands.sendAndWait(new PlanCourseCommand(courseId, facts.title(), Audience.PROFESSIONALS, "Een dag.",
                facts.netHours(), facts.accreditation(), facts.completionRule(), PublicCourses.TRAINER,
                now.minus(Duration.ofDays(30))));
        commands.sendAndWait(new PlanSessionCommand(sessionId, courseId, facts,
                List.of(new SessionDay(day, LocalTime.of(9, 30), LocalTime.of(16, 30))),
                new Location(LocationKind.ONLINE, "Teams"), List.of(PublicCourses.TRAINER.staffId()), 5,
                now.minus(Duration.ofDays(30)), day.minusDays(2).atStartOfDay(PublicCourses.UTRECHT).toInstant(),
                Duration.ofDays(2), PublicCourses.TRAINER, now.minus(Duration.ofDays(29))));
        commands.sendAndWait(new RequestEnrolmentCommand(sessionId, enrolmentId, UUID.randomUUID(),
                new Participant(person.name(), person.address(), null, "GGZ Centraal", null),
                "key-" + enrolmentId, EnrolledBy.trainer(PublicCourses.TRAINER.staffId()), now.minus(Duration.ofDays(28))));
        Instant evening = day.atTime(17, 0).atZone(PublicCourses.UTRECHT).toInstant();
        commands.sendAndWait(new RecordAttendanceCommand(sessionId, day, enrolmentId, AttendanceMark.PRESENT,
                PublicCourses.TRAINER, evening));
        commands.sendAndWait(new CompleteSessionCommand(sessionId, PublicCourses.TRAINER, evening.plusSeconds(60)));
        String code = "M4RT" + UUID.randomUUID().toString().replaceAll("[^2-9]", "").substring(0, 8);
        commands.sendAndWait(new IssueCertificateCommand(sessionId, enrolmentId, UUID.randomUUID(), code,
                PublicCourses.TRAINER, now));
        return code;
    }
}
