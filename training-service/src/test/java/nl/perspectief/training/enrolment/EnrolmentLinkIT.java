package nl.perspectief.training.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.perspectief.training.RunningTrainingService;
import nl.perspectief.training.enrolment.Browser.Page;
import nl.perspectief.training.enrolment.contact.EnrolmentLinks;
import nl.perspectief.training.session.api.EnrolmentEnd;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.FindEnrolmentQuery;

/**
 * The page a participant's mail links to, on the running service: their enrolment's status and their first name (no
 * more), a cancel that frees the place for the first on the waiting list, an offered place taken or declined, and the
 * same 404 for a wrong token, another enrolment's token, an unknown enrolment and an address that cannot be one. The
 * tokens are issued here as the mails issue them ({@link EnrolmentLinks}).
 */
class EnrolmentLinkIT extends RunningTrainingService {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private EnrolmentLinks links;

    private PublicCourses courses;

    @BeforeEach
    void courses() {
        courses = new PublicCourses(commands);
    }

    private UUID enrol(UUID sessionId, String name) {
        return UUID.fromString(json(post("/api/public/sessions/" + sessionId + "/enrolments", null,
                PublicCourses.enrolment(name))).get("enrolmentId").asString());
    }

    private String link(UUID enrolmentId) {
        return "/enrolments/" + enrolmentId + "?token=" + links.issue(enrolmentId, UUID.randomUUID()).orElseThrow();
    }

    private EnrolmentView enrolment(UUID enrolmentId) {
        return queries.query(new FindEnrolmentQuery(enrolmentId), ResponseTypes.optionalInstanceOf(EnrolmentView.class))
                .join().orElseThrow();
    }

    @Test
    void showsTheEnrolmentsStatusAndOfThePersonOnlyTheirFirstName() {
        UUID sessionId = courses.professionalsSession(1);
        enrol(sessionId, "Anouk Hendriks");
        UUID waiting = enrol(sessionId, "Bart van Dijk");

        Page page = new Browser(port, "nl").get(link(waiting));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Hallo Bart", "Je staat op de wachtlijst, op plaats 1.", PublicCourses.TITLE)
                .doesNotContain("van Dijk", "example.org", "Reclassering", "Anouk");
        assertThat(page.document().select("form.cancel")).hasSize(1);
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Cache-Control")).contains("no-store");
    }

    @Test
    void cancelsThroughTheLinkAndTheFreedPlaceIsOfferedToTheFirstWaiting() {
        UUID sessionId = courses.professionalsSession(1);
        UUID confirmed = enrol(sessionId, "Carla Jacobs");
        UUID first = enrol(sessionId, "Dirk Jacobs");
        UUID second = enrol(sessionId, "Eva Jacobs");
        Browser browser = new Browser(port, "nl");
        String link = link(confirmed);

        Page done = browser.submit(browser.get(link), "form.cancel", Map.of());

        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith(link);
        assertThat(browser.get(link).text()).contains("Je inschrijving is geannuleerd.");
        assertThat(enrolment(confirmed).endedBecause()).isEqualTo(EnrolmentEnd.CANCELLED);
        assertThat(enrolment(first).status()).isEqualTo(EnrolmentStatus.OFFERED);
        assertThat(enrolment(second).status()).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(enrolment(second).waitingPosition()).isEqualTo(1);
        assertThat(browser.get(link).document().select("form.cancel")).as("nothing left to cancel").isEmpty();
    }

    @Test
    void takesAnOfferedPlaceThroughTheLinkBeforeItExpires() {
        UUID sessionId = courses.professionalsSession(1);
        UUID confirmed = enrol(sessionId, "Femke Wouters");
        UUID offered = enrol(sessionId, "Guus Wouters");
        Browser leaving = new Browser(port, "nl");
        leaving.submit(leaving.get(link(confirmed)), "form.cancel", Map.of());
        Browser browser = new Browser(port, "en");
        String link = link(offered);
        Page offer = browser.get(link);
        assertThat(offer.text()).contains("A place has become free for you. We hold it for you until");

        Page taken = browser.submit(offer, "form[action$=/accept]", Map.of());

        assertThat(taken.status()).isEqualTo(303);
        assertThat(enrolment(offered).status()).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(browser.get(link).text()).contains("You are enrolled: there is a place for you.");
    }

    @Test
    void declinesAnOfferedPlaceThroughTheLinkAndItPassesToTheNext() {
        UUID sessionId = courses.professionalsSession(1);
        UUID confirmed = enrol(sessionId, "Hugo Peeters");
        UUID offered = enrol(sessionId, "Iris Peeters");
        UUID next = enrol(sessionId, "Jan Peeters");
        Browser leaving = new Browser(port, "nl");
        leaving.submit(leaving.get(link(confirmed)), "form.cancel", Map.of());
        Browser browser = new Browser(port, "nl");

        Page declined = browser.submit(browser.get(link(offered)), "form[action$=/decline]", Map.of());

        assertThat(declined.status()).isEqualTo(303);
        assertThat(enrolment(offered).endedBecause()).isEqualTo(EnrolmentEnd.OFFER_DECLINED);
        assertThat(enrolment(next).status()).isEqualTo(EnrolmentStatus.OFFERED);
    }

    @Test
    void saysWhyWhenAnOfferIsNoLongerThereToTake() {
        UUID sessionId = courses.professionalsSession(1);
        UUID confirmed = enrol(sessionId, "Kim Aerts");
        UUID offered = enrol(sessionId, "Lars Aerts");
        Browser leaving = new Browser(port, "nl");
        leaving.submit(leaving.get(link(confirmed)), "form.cancel", Map.of());
        Browser browser = new Browser(port, "nl");
        Page offer = browser.get(link(offered));
        browser.submit(offer, "form[action$=/decline]", Map.of());

        Page late = browser.submit(offer, "form[action$=/accept]", Map.of());

        assertThat(late.status()).isEqualTo(422);
        assertThat(late.text()).contains("De plaats die je werd aangeboden, is niet meer vrij voor je");
    }

    @Test
    void opensNothingWithAWrongTokenAnotherEnrolmentsTokenOrAnUnknownEnrolmentAndSaysTheSame() {
        UUID sessionId = courses.professionalsSession(3);
        UUID mine = enrol(sessionId, "Maud Claes");
        UUID theirs = enrol(sessionId, "Niels Claes");
        String theirToken = links.issue(theirs, UUID.randomUUID()).orElseThrow();
        Browser browser = new Browser(port, "nl");

        Page wrong = browser.get("/enrolments/" + mine + "?token=" + "A".repeat(43));
        Page others = browser.get("/enrolments/" + mine + "?token=" + theirToken);
        Page none = browser.get("/enrolments/" + mine);
        Page unknown = browser.get("/enrolments/" + UUID.randomUUID() + "?token=" + theirToken);
        Page malformed = browser.get("/enrolments/not-an-enrolment?token=" + theirToken);

        for (Page page : new Page[] {wrong, others, none, unknown, malformed}) {
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.text()).isEqualTo(wrong.text()).doesNotContain("Maud", "Niels");
        }
    }

    @Test
    void keepsOnlyTheHashOfATokenAndATokenIs256RandomBits() {
        UUID enrolmentId = enrol(courses.professionalsSession(3), "Pieter Goossens");
        UUID mailId = UUID.randomUUID();

        String token = links.issue(enrolmentId, mailId).orElseThrow();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(links.issue(enrolmentId, mailId)).as("one token per mail, however often it is asked").isEmpty();
        assertThat(ClearText.tablesHolding(superuserDataSource(), token)).isEmpty();
        assertThat(links.opens(enrolmentId, token)).isTrue();
    }

    @Test
    void cancelsNothingWithAWrongToken() {
        UUID sessionId = courses.professionalsSession(3);
        UUID enrolmentId = enrol(sessionId, "Olga Maes");
        Browser browser = new Browser(port, "nl");
        Page page = browser.get(link(enrolmentId));

        Page refused = browser.submit(page, "form.cancel", Map.of("token", "B".repeat(43)));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(enrolment(enrolmentId).status()).isEqualTo(EnrolmentStatus.CONFIRMED);
    }
}
