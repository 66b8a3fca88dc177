package nl.perspectief.localstack;

import nl.perspectief.keycloak.DemoUsers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static nl.perspectief.localstack.CaseSteps.MEDIATOR;
import static nl.perspectief.localstack.CaseSteps.body;
import static nl.perspectief.localstack.CaseSteps.typesOf;
import static nl.perspectief.localstack.CorrespondenceSteps.message;
import static nl.perspectief.localstack.CorrespondenceSteps.messageIn;
import static nl.perspectief.localstack.RoadToContact.applicantReadyForApproach;
import static nl.perspectief.localstack.RoadToContact.bothPreparedFor;
import static nl.perspectief.localstack.RoadToContact.otherPartyOpenToContact;
import static nl.perspectief.localstack.RoadToContact.registeredOnTheWebsite;
import static nl.perspectief.localstack.RoadToContact.registration;
import static nl.perspectief.localstack.RoadToContact.triaged;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gaby's story as letters: she and the uncle who abused her as a child write to each other through mediator Anna, on
 * the running stack. Anna opens the exchange in case-service; messaging-service learns of it from case-service's topic.
 * Gaby's first letter goes back to her because it names her new town; she revises it, agrees to one more passage
 * being struck, and it is delivered by post and read; the uncle's answer is delivered too. case-service's timeline
 * shows those deliveries and the receipt. Then Gaby withdraws her consent to the exchange: messaging-service freezes
 * it within seconds (measured from the withdrawal's answer), refuses every further step and keeps the drafts.
 * Colleagues and the desk are kept out throughout.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GabysLettersIT {

    @RegisterExtension
    static final LocalStackExtension LOCAL = LocalStackExtension.shared();

    private static final CaseSteps.Staff COLLEAGUE = new CaseSteps.Staff(DemoUsers.MEDIATOR_BRAM);
    private static final CaseSteps.Staff COMPLIANCE = new CaseSteps.Staff(DemoUsers.COMPLIANCE);
    private static final Duration FREEZE_LIMIT = Duration.ofSeconds(5);
    private static final Duration FREEZE_POLL = Duration.ofMillis(20);
    private static final int MORE_FREEZES = 5;

    private static final String TOWN = "Zwolle";
    private static final String STRUCK_PASSAGE = "My cousin Lotte told me you did the same to her.";
    private static final String FIRST_LETTER = "Uncle Wim, I write this from my new home in " + TOWN + ". "
            + "For thirty years I carried your secret. " + STRUCK_PASSAGE + " I am handing the secret back to you.";
    private static final String REVISED_LETTER = "Uncle Wim, for thirty years I carried your secret. "
            + STRUCK_PASSAGE + " I am handing the secret back to you.";
    private static final String REDACTED_LETTER = "Uncle Wim, for thirty years I carried your secret. "
            + "I am handing the secret back to you.";
    private static final String RETURN_REASON = "It names your new town; the other party never learns where you live.";
    private static final String UNCLES_ANSWER = "Gaby, I have read your letter. What I did was wrong, and it was mine to carry.";
    private static final String GABYS_SECOND_LETTER = "Thank you for answering. I want you to know how it shaped my life.";
    private static final String UNCLES_SECOND_LETTER = "I will answer every question you ask me.";

    /**
     * Every name and every sentence of the letters, looked for in every log of the stack at the end (the shared
     * stack's data folder is named after no one, so "Gaby" alone is looked for too).
     */
    private static final List<String> PERSONAL_DATA = List.of("Gaby", "Mulder", "gaby.mulder@example.org", "Uncle Wim",
            "Gaby, I have", TOWN, "Lotte", "carried your secret", "it was mine to carry", "how it shaped my life",
            "answer every question", "your new town");

    private static final List<Long> FREEZES = Collections.synchronizedList(new ArrayList<>());

    @Test
    @Order(1)
    void gabyAndHerUncleWriteThroughTheMediatorUntilSheWithdrawsAndTheExchangeFreezes() throws Exception {
        var gaby = registeredOnTheWebsite(LOCAL.stack(), registration("VICTIM", "Gaby Mulder",
                "gaby.mulder@example.org", "SEXUAL_TRANSGRESSION", "1990", "Wim Mulder", "uncle",
                "My uncle abused me when I was a child. I want to hand the secret and the responsibility back."))
                .steps();
        var parties = triaged(gaby);
        applicantReadyForApproach(gaby, parties, "She wants to hand the secret back, in writing.");
        otherPartyOpenToContact(gaby, parties, "LETTER", "The uncle is willing to read her letters and answer.");
        var formConsents = bothPreparedFor(gaby, parties, "MESSAGE_EXCHANGE");
        gaby.openMessageExchange();
        assertThat(gaby.detail().path("messageExchange").path("state").asString()).isEqualTo("OPEN");

        // messaging-service learns of the open exchange from case-service's topic
        var letters = CorrespondenceSteps.awaitOpen(messaging(), gaby.caseId());
        var opened = letters.read();
        assertThat(opened.path("mediatorId").asString()).isEqualTo(MEDIATOR.id());
        assertThat(opened.path("applicantId").asString()).isEqualTo(parties.applicant().toString());
        assertThat(opened.path("otherPartyId").asString()).isEqualTo(parties.otherParty().toString());
        assertThat(opened.path("messages").isEmpty()).isTrue();

        // Gaby's letter names her new town: Anna returns it, Gaby rewrites it
        var letter = letters.record(parties.applicant(), "LETTER", FIRST_LETTER);
        var recorded = messageIn(letters.read(), letter);
        assertThat(recorded.path("status").asString()).isEqualTo("AWAITING_REVIEW");
        assertThat(recorded.path("writerId").asString()).isEqualTo(parties.applicant().toString());
        assertThat(recorded.path("recipientId").asString()).isEqualTo(parties.otherParty().toString());
        letters.returnToWriter(letter, RETURN_REASON);
        var returned = messageIn(letters.read(), letter);
        assertThat(returned.path("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.path("steps").valueStream().filter(s -> s.path("step").asString().equals("RETURNED")))
                .singleElement().satisfies(step -> assertThat(step.path("reason").asString()).isEqualTo(RETURN_REASON));
        letters.revise(letter, REVISED_LETTER);

        // one passage more is struck, only with her agreement
        var withoutAgreement = letters.refused(MEDIATOR, message(letter, "redact"),
                body("content", REDACTED_LETTER, "writerAgreed", false), 422);
        assertThat(withoutAgreement.path("rule").asString()).isEqualTo("RedactionWithoutWriterAgreement");
        letters.redactWithWritersAgreement(letter, REDACTED_LETTER);
        var redacted = messageIn(letters.read(), letter);
        assertThat(redacted.path("versions").valueStream().map(v -> v.path("origin").asString()).toList())
                .containsExactly("RECORDED", "REVISED", "REDACTED");
        assertThat(redacted.path("versions").valueStream().map(v -> v.path("content").asString()).toList())
                .as("nothing edited in place: every version kept").containsExactly(FIRST_LETTER, REVISED_LETTER, REDACTED_LETTER);
        assertThat(redacted.path("status").asString()).isEqualTo("AWAITING_REVIEW");

        // approved, posted, read
        letters.approve(letter);
        letters.deliver(letter, "POST");
        letters.confirmReceipt(letter);
        var received = messageIn(letters.read(), letter);
        assertThat(received.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.path("channel").asString()).isEqualTo("POST");
        assertThat(received.path("deliveredAt").asString()).isNotBlank();
        assertThat(received.path("firstReadAt").asString()).isNotBlank();
        assertThat(received.path("version").asInt()).isEqualTo(3);
        assertThat(received.path("steps").valueStream().map(s -> s.path("step").asString()).toList())
                .containsExactly("RECORDED", "RETURNED", "REVISED", "REDACTED", "APPROVED", "DELIVERED", "RECEIPT_CONFIRMED");
        assertThat(received.path("steps").valueStream().map(s -> s.path("performedBy").asString()))
                .allMatch(MEDIATOR.id()::equals);

        // the uncle answers
        var answer = letters.record(parties.otherParty(), "LETTER", UNCLES_ANSWER);
        letters.approve(answer);
        letters.deliver(answer, "POST");
        var delivered = messageIn(letters.read(), answer);
        assertThat(delivered.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.path("recipientId").asString()).isEqualTo(parties.applicant().toString());

        // need-to-know: a colleague is answered as if there were nothing, the desk may not ask; compliance reads
        var colleague = letters.get(COLLEAGUE);
        assertThat(colleague.statusCode()).as(colleague.body()).isEqualTo(404);
        assertThat(colleague.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(colleague.body()).doesNotContain(parties.applicant().toString(), "Uncle");
        letters.refused(COLLEAGUE, message(answer, "withdraw"), null, 404);
        var desk = letters.get(CaseSteps.DESK);
        assertThat(desk.statusCode()).as(desk.body()).isEqualTo(403);
        assertThat(desk.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        letters.refused(CaseSteps.DESK, "/messages", body("writerId", parties.applicant(), "kind", "LETTER",
                "content", "The desk may not write."), 403);
        assertThat(letters.get(COMPLIANCE).statusCode()).as("compliance reads every correspondence").isEqualTo(200);

        // case-service's timeline tells the deliveries and the receipt among the case's own steps, never the words
        var timeline = gaby.timelineWhere(t -> typesOf(t).stream()
                .filter(type -> type.equals("MESSAGE_DELIVERED") || type.equals("RECEIPT_CONFIRMED")).count() == 3);
        var types = typesOf(timeline);
        assertThat(types.subList(types.indexOf("MESSAGE_EXCHANGE_OPENED"), types.size()))
                .containsExactly("MESSAGE_EXCHANGE_OPENED", "MESSAGE_DELIVERED", "RECEIPT_CONFIRMED", "MESSAGE_DELIVERED");
        var reported = timeline.path("entries").valueStream()
                .filter(e -> e.path("correspondence").isObject()).toList();
        assertThat(reported).extracting(e -> e.path("correspondence").path("messageId").asString())
                .containsExactly(letter.toString(), letter.toString(), answer.toString());
        var gabysLetterDelivered = reported.get(0).path("correspondence");
        assertThat(gabysLetterDelivered.path("kind").asString()).isEqualTo("LETTER");
        assertThat(gabysLetterDelivered.path("channel").asString()).isEqualTo("POST");
        assertThat(gabysLetterDelivered.path("from").asString()).isEqualTo("APPLICANT");
        assertThat(gabysLetterDelivered.path("to").asString()).isEqualTo("OTHER_PARTY");
        assertThat(reported.get(1).path("correspondence").path("to").asString()).as("the uncle read it").isEqualTo("OTHER_PARTY");
        assertThat(reported.get(2).path("correspondence").path("from").asString()).isEqualTo("OTHER_PARTY");
        assertThat(reported.get(2).path("correspondence").path("to").asString()).isEqualTo("APPLICANT");
        assertThat(reported).allSatisfy(entry -> {
            assertThat(entry.path("staffId").asString()).isEqualTo(MEDIATOR.id());
            assertThat(entry.path("description").asString()).isNotBlank().doesNotContain("Uncle", "secret", TOWN);
            assertThat(entry.path("details").isNull() || entry.path("details").isMissingNode()).as("no words of a letter").isTrue();
        });

        // drafts in the making when she withdraws: her second letter approved, his second one awaiting review
        var secondLetter = letters.record(parties.applicant(), "LETTER", GABYS_SECOND_LETTER);
        letters.approve(secondLetter);
        var secondAnswer = letters.record(parties.otherParty(), "LETTER", UNCLES_SECOND_LETTER);
        letters.read();

        gaby.withdrawConsent(formConsents.applicant(), "She needs a pause from the letters.");
        var frozen = freezeMeasured(letters, "Gaby");

        assertThat(frozen.path("suspendedBecause").asString()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(gaby.detail().path("messageExchange").path("state").asString()).isEqualTo("SUSPENDED");
        assertRefusedWhileSuspended(letters.refused(MEDIATOR, message(secondAnswer, "approve"), null, 422));
        assertRefusedWhileSuspended(letters.refused(MEDIATOR, message(secondLetter, "deliver"), body("channel", "POST"), 422));
        assertRefusedWhileSuspended(letters.refused(MEDIATOR, "/messages",
                body("writerId", parties.applicant(), "kind", "LETTER", "content", GABYS_SECOND_LETTER), 422));
        var afterRefusals = letters.read();
        assertThat(afterRefusals.path("version").asLong()).as("nothing moved").isEqualTo(frozen.path("version").asLong());
        assertThat(afterRefusals.path("messages").size()).isEqualTo(4);
        var keptLetter = messageIn(afterRefusals, secondLetter);
        assertThat(keptLetter.path("status").asString()).isEqualTo("APPROVED");
        assertThat(keptLetter.path("versions").get(0).path("content").asString()).isEqualTo(GABYS_SECOND_LETTER);
        var keptAnswer = messageIn(afterRefusals, secondAnswer);
        assertThat(keptAnswer.path("status").asString()).isEqualTo("AWAITING_REVIEW");
        assertThat(keptAnswer.path("versions").get(0).path("content").asString()).isEqualTo(UNCLES_SECOND_LETTER);
    }

    /** The same freeze, measured on a few more cases (from the desk's phone case to an open exchange), warm JVMs. */
    @Test
    @Order(2)
    void everyWithdrawalFreezesTheExchangeWithinSeconds() {
        for (int i = 1; i <= MORE_FREEZES; i++) {
            var opened = CaseSteps.openByDesk(LOCAL.stack().cases().baseUri(), phoneCase(i));
            var steps = opened.steps();
            var parties = new RoadToContact.Parties(opened.applicantId(), opened.otherPartyId());
            steps.accept();
            steps.assignMediator(MEDIATOR);
            applicantReadyForApproach(steps, parties, "Wants to write to the other party.");
            otherPartyOpenToContact(steps, parties, "LETTER", "Willing to exchange letters.");
            var formConsents = bothPreparedFor(steps, parties, "MESSAGE_EXCHANGE");
            steps.openMessageExchange();
            var letters = CorrespondenceSteps.awaitOpen(messaging(), steps.caseId());
            letters.record(parties.applicant(), "LETTER", "A first letter, waiting for review.");

            steps.withdrawConsent(formConsents.applicant(), "Wants a pause.");
            freezeMeasured(letters, "case " + i);
        }
        var sorted = FREEZES.stream().sorted().toList();
        var median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.printf("Freeze after withdrawal over %d cases (Gaby's first): min %d ms, median %d ms, max %d ms; in order %s%n",
                sorted.size(), sorted.getFirst(), median, sorted.getLast(), FREEZES);
    }

    @Test
    @Order(3)
    void noWordOfTheLettersAndNoNameAppearsInAnyLog() throws IOException {
        var logs = LOCAL.stack().settings().logs();
        var found = new ArrayList<String>();
        var scanned = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(logs)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                // ISO-8859-1 reads any bytes; the words are ASCII
                var text = Files.readString(file, StandardCharsets.ISO_8859_1);
                if (!text.isBlank()) {
                    scanned.add(file.getFileName().toString());
                }
                PERSONAL_DATA.stream().filter(text::contains).forEach(words -> found.add(words + " in " + file.getFileName()));
            }
        }
        assertThat(scanned).contains("intake-service.log", "case-service.log", "messaging-service.log");
        assertThat(found).as("personal data in the logs under %s", logs).isEmpty();
    }

    /**
     * Right after the withdrawal's answer: polls the correspondence every 20 ms until messaging-service reports it
     * suspended, prints and keeps the time that took, and checks it against the limit; the frozen correspondence.
     */
    private static JsonNode freezeMeasured(CorrespondenceSteps letters, String which) {
        var withdrawn = System.nanoTime();
        var frozen = letters.awaitState("SUSPENDED", Duration.ofSeconds(60), FREEZE_POLL);
        var took = Duration.ofNanos(System.nanoTime() - withdrawn).toMillis();
        FREEZES.add(took);
        System.out.printf("Freeze after withdrawal: %d ms%n", took);
        assertThat(took).as("ms from the withdrawal's answer to a frozen exchange (%s)", which)
                .isLessThan(FREEZE_LIMIT.toMillis());
        return frozen;
    }

    private static void assertRefusedWhileSuspended(JsonNode problem) {
        assertThat(problem.path("status").asInt()).isEqualTo(422);
        assertThat(problem.path("rule").asString()).isEqualTo("ExchangeNotOpen");
        assertThat(problem.path("exchangeState").asString()).isEqualTo("SUSPENDED");
    }

    private static Map<String, Object> phoneCase(int i) {
        return body(
                "source", "PHONE",
                "receivedAt", Instant.now().minus(Duration.ofHours(1)),
                "applicant", body("role", "VICTIM", "fullName", "Caller " + i, "email", null, "phone", "+31 6 1000000" + i,
                        "postalAddress", null, "preferredChannel", "PHONE", "safeToLeaveMessages", true, "minor", false),
                "otherParty", body("known", true, "fullName", "Other party " + i, "relationship", "neighbour"),
                "incident", body("category", "THREAT_OR_INTIMIDATION", "approximateDate", LocalDate.now().minusMonths(i),
                        "policeReportFiled", true, "criminalProceedings", "NONE"),
                "story", "Called the desk; wants to write to the other party.",
                "referrer", null);
    }

    private static URI messaging() {
        return LOCAL.stack().messaging().baseUri();
    }
}
