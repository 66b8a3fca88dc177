package nl.perspectief.training;

import static nl.perspectief.training.session.web.TrainerApi.at;
import static nl.perspectief.training.session.web.TrainerApi.expect;
import static nl.perspectief.training.session.web.TrainerApi.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import nl.perspectief.training.certificate.PdfText;
import nl.perspectief.training.enrolment.Browser;
import nl.perspectief.training.enrolment.Browser.Page;
import nl.perspectief.training.session.web.TrainerApi;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13's story on the running service, through its API, its pages and its mails only: a trainer plans a two-day
 * course for professionals with 12 places; 15 people enrol on the public side and each hears by mail; two cancel
 * through the link in their mail, and the list moves up by itself: the first two waiting are offered the places, one
 * takes the place, the other lets the offer expire, and the third waiting is offered it and takes it; both days'
 * attendance is taken, the session completed by the course's rule (at most one day excused, none absent); the trainer
 * issues the certificates, and anyone checks one on the public page by its code, without learning whose it is.
 * <p>
 * Time moves on by the service's clock ({@link MovableClock}): the offers are held a day, and the days of the session
 * come ten days on. db-scheduler fires deadlines by the real time, so when the clock has passed an offer's expiry the
 * test tells the scheduler so, through its own client, and the service then does the rest as it would a day later.
 */
class ProfessionalsCourseStoryIT extends RunningTrainingServiceOnAMovableClock {

    private static final String TITLE = "Praten over schuld en slachtoffers";
    private static final String REGISTER = "Kwaliteitsregister V&V";
    private static final String ACTIVITY = "KV-2026-1313";
    private static final int PLACES = 12;
    private static final Duration OFFER_VALIDITY = Duration.ofDays(1);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Pattern LINK = Pattern.compile("https?://\\S+/enrolments/\\S+");
    private static final String CODE = "[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}";

    // the mails' subjects (mail/subjects_nl.properties): fixed words, naming nobody
    private static final String CONFIRMED = "Je inschrijving voor een training van Perspectief";
    private static final String WAITLISTED = "Je staat op de wachtlijst voor een training van Perspectief";
    private static final String OFFERED = "Er is een plaats vrij voor je in een training van Perspectief";
    private static final String OFFER_EXPIRED = "De aangeboden plaats in een training van Perspectief is verlopen";
    private static final String CERTIFICATE = "Je certificaat van een training van Perspectief";

    private static final List<String> NAMES = List.of("Anouk de Vries", "Bram Jansen", "Charlotte Visser",
            "Daan Smit", "Eline Mulder", "Fleur de Boer", "Gijs Bos", "Hanna Vos", "Ivo Peters", "Julia Hendriks",
            "Koen Dekker", "Lotte van Leeuwen", "Milan Brouwer", "Noor de Graaf", "Olivier Kuipers");

    @Autowired
    private Scheduler deadlines;

    private TrainerApi trainer;
    private UUID sessionId;
    private LocalDate firstDay;
    private LocalDate secondDay;
    private final List<Professional> everyone = new ArrayList<>();
    // the story's figures, as the service answered them
    private int confirmedOnEnrolling;
    private int waitingOnEnrolling;
    private int offersMade;
    private int offersTaken;
    private int offersExpired;
    private int confirmedAtTheStart;

    /** Someone who enrols on the website, with a mailbox of their own, and their enrolment once they have one. */
    private static final class Professional {

        private final String name;
        private final String address;
        private UUID enrolmentId;

        Professional(String name, String run) {
            this.name = name;
            this.address = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + run + "@example.org";
        }

        String firstName() {
            return name.substring(0, name.indexOf(' '));
        }

        String lastName() {
            return name.substring(name.indexOf(' ') + 1);
        }

        Map<String, Object> enrolment() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("email", address);
            body.put("phone", "+31 30 123 4567");
            body.put("organisation", "Reclassering Nederland");
            body.put("professionalRegistrationNumber", "VV-" + Math.abs(name.hashCode() % 100000));
            body.put("privacyStatementAccepted", true);
            body.put("website", "");
            return body;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    void aCourseForProfessionalsFillsUpPassesFreedPlacesDownItsWaitingListAndEndsInCertificatesAnyoneCanCheck() {
        long started = System.nanoTime();

        theTrainerPlansATwoDayCourseForProfessionalsWithTwelvePlaces();
        List<Professional> confirmed = fifteenProfessionalsEnrolOnThePublicSide();
        List<Professional> waiting = List.copyOf(everyone.subList(PLACES, everyone.size()));
        List<Professional> cancelling = List.of(confirmed.get(3), confirmed.get(7));
        List<Professional> participants = twoCancelAndTheListMovesUpByItselfThroughOffers(confirmed, cancelling,
                waiting);
        Professional excused = participants.get(1);
        Professional late = participants.get(2);
        Professional absent = participants.get(4);
        List<Professional> completed = bothDaysAttendanceIsTakenAndTheSessionCompleted(participants, excused, late,
                absent);
        Map<Professional, String> codes = theTrainerIssuesTheCertificates(completed, absent);
        anyoneChecksACertificateOnThePublicPageWithoutLearningWhose(codes);

        // one mail per event and person, and none for a cancellation or an attendance mark
        settle();
        for (Professional person : everyone) {
            int expected = cancelling.contains(person) || person == absent ? 1
                    : person == waiting.get(1) ? 3 // the waiting list, the offer, its expiry
                    : waiting.contains(person) ? 4 // the waiting list, the offer, the place, the certificate
                    : 2; // the place, the certificate
            assertThat(mailsTo(person.address)).as("mails to " + person).hasSize(expected);
        }
        Map<String, Integer> mails = mailsByTemplate();
        System.out.printf("""
                        Issue 13's story on the running training-service, in %.1f s:
                          %d places; %d enrolled on the website: %d confirmed, %d waiting (positions 1-3)
                          %d cancelled through their link; %d places offered: %d taken, %d expired
                          %d confirmed when the session started; %d completed, %d not completed (absent)
                          %d certificates issued; a code checked valid, a made-up code not valid
                          %d mails sent: %s
                        """, (System.nanoTime() - started) / 1e9, PLACES, everyone.size(), confirmedOnEnrolling,
                waitingOnEnrolling, cancelling.size(), offersMade, offersTaken, offersExpired, confirmedAtTheStart,
                completed.size(), participants.size() - completed.size(), codes.size(),
                mails.values().stream().mapToInt(Integer::intValue).sum(), mails);
    }

    // ---- 1. the trainer plans the course and its session, and opens enrolment

    private void theTrainerPlansATwoDayCourseForProfessionalsWithTwelvePlaces() {
        trainer = new TrainerApi(port);
        JsonNode course = TrainerApi.json(expect(trainer.post("/api/courses", map("title", TITLE,
                "audience", "PROFESSIONALS",
                "description", "Twee dagen over schuld, verantwoordelijkheid en slachtoffers.",
                "netHours", 12.0, "accreditation", map("register", REGISTER, "activityId", ACTIVITY),
                "maxExcusedDays", 1)), 201));
        assertThat(course.get("accreditationPoints").decimalValue()).isEqualByComparingTo("12");
        assertThat(course.get("completionRule").get("maxExcusedDays").asInt()).isEqualTo(1);

        Instant now = clock.instant();
        firstDay = TrainerApi.firstDay(now);
        secondDay = TrainerApi.secondDay(now);
        Map<String, Object> plan = TrainerApi.twoDaySession(UUID.fromString(course.get("courseId").asString()), PLACES,
                now);
        // the window would open tomorrow morning; the trainer opens it now
        plan.put("enrolmentOpensAt", LocalDate.ofInstant(now, TrainerApi.ZONE).plusDays(1).atTime(9, 0)
                .atZone(TrainerApi.ZONE).toInstant().toString());
        plan.put("offerValidity", OFFER_VALIDITY.toString());
        sessionId = trainer.planSession(plan);
        assertThat(publicCalendarEntry()).as("not on the calendar before it opens").isNull();
        expect(trainer.post("/api/sessions/" + sessionId + "/open", null), 200);

        JsonNode onTheCalendar = publicCalendarEntry();
        assertThat(onTheCalendar).as("on the public calendar once open").isNotNull();
        assertThat(onTheCalendar.get("placesLeft").asInt()).isEqualTo(PLACES);
        assertThat(onTheCalendar.get("accreditationPoints").decimalValue()).isEqualByComparingTo("12");
        assertThat(onTheCalendar.get("days").valueStream().map(day -> day.get("date").asString()))
                .containsExactly(firstDay.toString(), secondDay.toString());
    }

    private JsonNode publicCalendarEntry() {
        return json(expect(get("/api/public/sessions", null), 200)).valueStream()
                .filter(session -> session.get("sessionId").asString().equals(sessionId.toString()))
                .findFirst().orElse(null);
    }

    // ---- 2. fifteen professionals enrol on the website and each hears by mail

    private List<Professional> fifteenProfessionalsEnrolOnThePublicSide() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Professional> confirmed = new ArrayList<>();
        for (String name : NAMES) {
            Professional person = new Professional(name, run);
            ResponseEntity<String> answer = api().post().uri("/api/public/sessions/" + sessionId + "/enrolments")
                    .header("Accept-Language", "nl").contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(person.enrolment())).retrieve().toEntity(String.class);
            JsonNode enrolled = json(expect(answer, 201));
            person.enrolmentId = UUID.fromString(enrolled.get("enrolmentId").asString());
            everyone.add(person);
            if (everyone.size() <= PLACES) {
                assertThat(enrolled.get("status").asString()).as(name).isEqualTo("CONFIRMED");
                confirmed.add(person);
                confirmedOnEnrolling++;
            } else {
                assertThat(enrolled.get("status").asString()).as(name).isEqualTo("WAITING");
                assertThat(enrolled.get("waitingPosition").asInt()).as(name).isEqualTo(everyone.size() - PLACES);
                waitingOnEnrolling++;
            }
        }

        JsonNode session = trainer.session(sessionId);
        assertThat(session.get("confirmed").asInt()).isEqualTo(PLACES);
        assertThat(session.get("waiting").asInt()).isEqualTo(3);
        assertThat(session.get("waitingList").valueStream().map(w -> w.get("waitingPosition").asInt()))
                .containsExactly(1, 2, 3);
        assertThat(session.get("waitingList").valueStream().map(w -> w.get("enrolmentId").asString()))
                .containsExactlyElementsOf(everyone.subList(PLACES, everyone.size()).stream()
                        .map(person -> person.enrolmentId.toString()).toList());
        JsonNode onTheCalendar = publicCalendarEntry();
        assertThat(onTheCalendar.get("placesLeft").asInt()).isZero();
        assertThat(onTheCalendar.get("waiting").asInt()).isEqualTo(3);
        assertThat(onTheCalendar.get("waitingList").asBoolean()).isTrue();

        await("a mail to each of the 15").atMost(Duration.ofSeconds(30))
                .until(() -> everyone.stream().allMatch(person -> !mailsTo(person.address).isEmpty()));
        settle();
        for (Professional person : everyone) {
            List<MimeMessage> mails = mailsTo(person.address);
            assertThat(mails).as("mails to " + person).hasSize(1);
            MimeMessage mail = mails.getFirst();
            int position = everyone.indexOf(person) + 1 - PLACES;
            assertThat(subject(mail)).as(person + "'s subject")
                    .isEqualTo(position <= 0 ? CONFIRMED : WAITLISTED)
                    .doesNotContain(person.firstName(), person.lastName(), TITLE);
            assertThat(text(mail)).startsWith("Hallo " + person.firstName() + ",").contains(TITLE)
                    .contains(position <= 0 ? "Er is een plaats voor je."
                            : "Je staat op de wachtlijst, op plaats " + position + ".");
        }
        return confirmed;
    }

    // ---- 3. two cancel through their link; the offers pass down the list by themselves

    private List<Professional> twoCancelAndTheListMovesUpByItselfThroughOffers(List<Professional> confirmed,
                                                                                List<Professional> cancelling,
                                                                                List<Professional> waiting) {
        Professional first = waiting.get(0);
        Professional second = waiting.get(1);
        Professional third = waiting.get(2);
        for (Professional person : cancelling) {
            Browser browser = new Browser(port, "nl");
            String link = link(onlyMail(person, CONFIRMED));
            Page page = browser.get(link);
            assertThat(page.text()).contains("Hallo " + person.firstName()).doesNotContain(person.lastName());
            assertThat(browser.submit(page, "form.cancel", Map.of()).status()).as(person + " cancels").isEqualTo(303);
            assertThat(browser.get(link).text()).contains("Je inschrijving is geannuleerd.");
        }

        JsonNode session = trainer.session(sessionId);
        assertThat(session.get("confirmed").asInt()).isEqualTo(PLACES - 2);
        assertThat(session.get("offered").asInt()).isEqualTo(2);
        assertThat(status(session, first)).isEqualTo("OFFERED");
        assertThat(status(session, second)).isEqualTo("OFFERED");
        assertThat(status(session, third)).isEqualTo("WAITING");
        assertThat(enrolment(session, third).get("waitingPosition").asInt()).isEqualTo(1);
        assertThat(session.get("ended").valueStream().map(e -> e.get("endedBecause").asString()))
                .containsExactly("CANCELLED", "CANCELLED");
        Instant secondsOfferExpires = offerExpiresAt(session, second);
        assertThat(secondsOfferExpires).isBetween(clock.instant().plus(OFFER_VALIDITY).minusSeconds(60),
                clock.instant().plus(OFFER_VALIDITY));
        offersMade += 2;

        MimeMessage firstsOffer = awaitMail(first, OFFERED);
        MimeMessage secondsOffer = awaitMail(second, OFFERED);
        assertThat(text(firstsOffer))
                .contains("We houden haar voor je vast tot " + moment(offerExpiresAt(session, first)));
        assertThat(text(secondsOffer)).contains("We houden haar voor je vast tot " + moment(secondsOfferExpires));

        // the first waiting takes the place through the link in the offer's mail
        takesTheOfferedPlace(first, firstsOffer);
        awaitMail(first, CONFIRMED);

        // the second lets the offer pass: a day later it has expired, and the third waiting is offered the place
        clock.moveTo(secondsOfferExpires.plus(Duration.ofMinutes(5)));
        theSchedulerReachesTheServicesTime(secondsOfferExpires);
        await("the expired offer passed on to the third waiting").atMost(Duration.ofSeconds(20))
                .until(() -> "OFFERED".equals(status(trainer.session(sessionId), third)));
        session = trainer.session(sessionId);
        JsonNode expired = session.get("ended").valueStream()
                .filter(e -> e.get("enrolmentId").asString().equals(second.enrolmentId.toString())).findFirst()
                .orElseThrow();
        assertThat(expired.get("endedBecause").asString()).isEqualTo("OFFER_EXPIRED");
        assertThat(offerExpiresAt(session, third)).as("a day from when the offer before it expired")
                .isEqualTo(secondsOfferExpires.plus(OFFER_VALIDITY));
        offersMade++;
        offersExpired++;
        assertThat(text(awaitMail(second, OFFER_EXPIRED))).startsWith("Hallo " + second.firstName() + ",")
                .contains("is niet op tijd aangenomen");
        MimeMessage thirdsOffer = awaitMail(third, OFFERED);
        assertThat(text(thirdsOffer)).contains("We houden haar voor je vast tot "
                + moment(secondsOfferExpires.plus(OFFER_VALIDITY)));
        takesTheOfferedPlace(third, thirdsOffer);
        awaitMail(third, CONFIRMED);

        session = trainer.session(sessionId);
        assertThat(session.get("confirmed").asInt()).isEqualTo(PLACES);
        assertThat(session.get("offered").asInt()).isZero();
        assertThat(session.get("waiting").asInt()).isZero();
        List<Professional> participants = new ArrayList<>(confirmed);
        participants.removeAll(cancelling);
        participants.add(first);
        participants.add(third);
        assertThat(session.get("enrolments").valueStream().map(e -> e.get("enrolmentId").asString()))
                .containsExactlyInAnyOrderElementsOf(participants.stream()
                        .map(person -> person.enrolmentId.toString()).toList());
        return participants;
    }

    private void takesTheOfferedPlace(Professional person, MimeMessage offer) {
        Browser browser = new Browser(port, "nl");
        String link = link(offer);
        Page page = browser.get(link);
        assertThat(page.text()).contains("Hallo " + person.firstName());
        assertThat(browser.submit(page, "form[action$=/accept]", Map.of()).status()).as(person + " takes the place")
                .isEqualTo(303);
        assertThat(browser.get(link).text()).contains("Je bent ingeschreven: er is een plaats voor je.");
        assertThat(status(trainer.session(sessionId), person)).isEqualTo("CONFIRMED");
        offersTaken++;
    }

    /**
     * db-scheduler keeps the real time, not the service's clock: the offer's deadline, due by the service's clock, is
     * told through the scheduler's own client that its time has come; it then fires as it would have when due.
     */
    private void theSchedulerReachesTheServicesTime(Instant due) {
        List<ScheduledExecution<Object>> deadline = deadlines
                .getScheduledExecutions(ScheduledExecutionsFilter.all().withPicked(false)).stream()
                .filter(execution -> Duration.between(execution.getExecutionTime(), due).abs()
                        .compareTo(Duration.ofMillis(1)) < 0)
                .toList();
        assertThat(deadline).as("the offer's deadline, kept by db-scheduler").hasSize(1);
        assertThat(deadlines.reschedule(deadline.getFirst().getTaskInstance(), Instant.now())).isTrue();
    }

    // ---- 4. the days come: attendance both days, then the session is completed by the course's rule

    private List<Professional> bothDaysAttendanceIsTakenAndTheSessionCompleted(List<Professional> participants,
                                                                               Professional excused, Professional late,
                                                                               Professional absent) {
        String days = "/api/sessions/" + sessionId + "/days/";
        clock.moveTo(at(firstDay, 9));
        expect(trainer.post("/api/sessions/" + sessionId + "/start", null), 200);
        JsonNode running = trainer.session(sessionId);
        assertThat(running.get("status").asString()).isEqualTo("RUNNING");
        confirmedAtTheStart = running.get("confirmed").asInt();

        clock.moveTo(at(firstDay, 17));
        expect(trainer.post(days + firstDay + "/attendance", participants.stream()
                .map(person -> mark(person, person == excused ? "EXCUSED" : person == late ? "LATE" : "PRESENT"))
                .toList()), 200);
        clock.moveTo(at(secondDay, 17));
        expect(trainer.post(days + secondDay + "/attendance", participants.stream()
                .map(person -> mark(person, person == absent ? "ABSENT" : "PRESENT")).toList()), 200);
        expect(trainer.post("/api/sessions/" + sessionId + "/complete", null), 200);

        JsonNode session = trainer.session(sessionId);
        assertThat(session.get("status").asString()).isEqualTo("COMPLETED");
        List<Professional> completed = new ArrayList<>();
        for (Professional person : participants) {
            JsonNode enrolment = enrolment(session, person);
            assertThat(enrolment.get("attendance")).as(person + "'s marks").hasSize(2);
            if (person == absent) {
                assertThat(enrolment.get("completion").asString()).isEqualTo("NOT_COMPLETED");
                assertThat(enrolment.get("notCompleted").asString()).isEqualTo("ABSENT");
            } else {
                assertThat(enrolment.get("completion").asString()).as(person.name).isEqualTo("COMPLETED");
                completed.add(person);
            }
        }
        assertThat(completed).as("one day excused is allowed, being late is being there").hasSize(11)
                .contains(excused, late);
        return completed;
    }

    private static Map<String, Object> mark(Professional person, String mark) {
        return map("enrolmentId", person.enrolmentId, "mark", mark);
    }

    // ---- 5. the certificates, issued, printed and mailed

    private Map<Professional, String> theTrainerIssuesTheCertificates(List<Professional> completed,
                                                                     Professional absent) {
        String enrolments = "/api/sessions/" + sessionId + "/enrolments/";
        assertThat(TrainerApi.json(trainer.post(enrolments + absent.enrolmentId + "/certificate", null)).get("rule")
                .asString()).isEqualTo("CertificateOnlyForCompletedParticipants");
        Map<Professional, String> codes = new LinkedHashMap<>();
        for (Professional person : completed) {
            JsonNode issued = TrainerApi.json(expect(trainer.post(enrolments + person.enrolmentId + "/certificate",
                    null), 201));
            assertThat(issued.get("verificationCode").asString()).matches(CODE);
            codes.put(person, issued.get("verificationCode").asString());
        }
        assertThat(codes.values()).doesNotHaveDuplicates();

        Professional last = completed.getLast();
        String code = codes.get(last);
        ResponseEntity<byte[]> pdf = trainer.download(enrolments + last.enrolmentId + "/certificate.pdf");
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo("certificaat-" + code + ".pdf");
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
        assertThat(PdfText.of(pdf.getBody())).contains("Certificaat", last.name, TITLE,
                "op " + date.format(firstDay) + " en " + date.format(secondDay), "Netto lesuren: 12,0",
                "Geaccrediteerd in het register " + REGISTER + ", activiteit " + ACTIVITY + ": 12,0 accreditatiepunten",
                "Verificatiecode: " + code, "/certificates/check?code=" + code);

        for (Map.Entry<Professional, String> certified : codes.entrySet()) {
            assertThat(text(awaitMail(certified.getKey(), CERTIFICATE)))
                    .contains("Op het certificaat staat een code: " + certified.getValue(),
                            "/certificates/check?code=" + certified.getValue());
        }
        return codes;
    }

    // ---- 6. anyone checks a code on the public page, and learns the course and its dates, never whose

    private void anyoneChecksACertificateOnThePublicPageWithoutLearningWhose(Map<Professional, String> codes) {
        Professional holder = codes.keySet().iterator().next();
        String code = codes.get(holder);
        Browser anyone = new Browser(port, "nl");
        DateTimeFormatter date = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);

        Page valid = anyone.get("/certificates/check?code=" + code.substring(0, 4).toLowerCase(Locale.ROOT) + "-"
                + code.substring(4));
        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.text()).contains("Dit certificaat is geldig", TITLE, date.format(firstDay),
                date.format(secondDay)).doesNotContain(holder.firstName(), holder.lastName(), "Reclassering");
        JsonNode answer = json(expect(get("/api/public/certificates/" + code, null), 200));
        assertThat(answer.propertyNames()).containsExactlyInAnyOrder("valid", "courseTitle", "dates");
        assertThat(answer.get("valid").asBoolean()).isTrue();
        assertThat(answer.get("courseTitle").asString()).isEqualTo(TITLE);
        assertThat(answer.get("dates").valueStream().map(JsonNode::asString))
                .containsExactly(firstDay.toString(), secondDay.toString());

        String madeUp = "ZQ7K" + "M3XP" + "W9HT";
        assertThat(codes.values()).doesNotContain(madeUp);
        assertThat(anyone.get("/certificates/check?code=" + madeUp).text())
                .contains("Er is geen certificaat met deze code uitgegeven.").doesNotContain(TITLE);
        JsonNode notValid = json(expect(get("/api/public/certificates/" + madeUp, null), 200));
        assertThat(notValid.get("valid").asBoolean()).isFalse();
        assertThat(notValid.get("courseTitle").isNull()).isTrue();
    }

    // ---- the session as the trainer reads it

    private static JsonNode enrolment(JsonNode session, Professional person) {
        return Stream.of("enrolments", "waitingList", "ended")
                .flatMap(list -> session.get(list).valueStream())
                .filter(enrolment -> enrolment.get("enrolmentId").asString().equals(person.enrolmentId.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no enrolment of " + person));
    }

    private static String status(JsonNode session, Professional person) {
        return enrolment(session, person).get("status").asString();
    }

    private static Instant offerExpiresAt(JsonNode session, Professional person) {
        return Instant.parse(enrolment(session, person).get("offerExpiresAt").asString());
    }

    // ---- the mails, as the test's SMTP server received them

    private static MimeMessage awaitMail(Professional person, String subject) {
        await("a mail '%s' to %s".formatted(subject, person)).atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(person.address).stream().anyMatch(mail -> subject.equals(subject(mail))));
        return onlyMail(person, subject);
    }

    private static MimeMessage onlyMail(Professional person, String subject) {
        List<MimeMessage> mails = mailsTo(person.address).stream().filter(mail -> subject.equals(subject(mail)))
                .toList();
        assertThat(mails).as("mails '%s' to %s", subject, person).hasSize(1);
        return mails.getFirst();
    }

    /** A moment more, so that a second copy of a mail would have arrived. */
    private static void settle() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many mails of each kind the 15 received, by the template's name. */
    private Map<String, Integer> mailsByTemplate() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put(CONFIRMED, "enrolment-confirmed");
        templates.put(WAITLISTED, "enrolment-waitlisted");
        templates.put(OFFERED, "place-offered");
        templates.put(OFFER_EXPIRED, "place-offer-expired");
        templates.put(CERTIFICATE, "certificate-issued");
        Map<String, Integer> counts = new LinkedHashMap<>();
        templates.values().forEach(template -> counts.put(template, 0));
        everyone.forEach(person -> mailsTo(person.address).forEach(mail ->
                counts.merge(templates.getOrDefault(subject(mail), subject(mail)), 1, Integer::sum)));
        return counts;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            String text = content instanceof String plain ? plain
                    : (String) ((Multipart) content).getBodyPart(0).getContent();
            return text.replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link in the mail, on this service's port rather than the public address the mail names. */
    private static String link(MimeMessage mail) {
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).as("a link to the enrolment's page").isTrue();
        return link.group().replaceFirst("^https?://[^/]+", "");
    }

    private static String moment(Instant instant) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", DUTCH).format(instant.atZone(TrainerApi.ZONE));
    }
}
