package nl.perspectief.mailoutbox;

import static nl.perspectief.mailoutbox.MailOutboxFixtures.ENGLISH;
import static nl.perspectief.mailoutbox.MailOutboxFixtures.appointmentFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sending: once, with a stable Message-ID and a subject without personal data; retried, given up, or dropped when erased. */
class OutboxSenderTest {

    private GreenMail mailServer;
    private TestOutbox outbox;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void startMailServer() {
        mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailServer.start();
        outbox = new TestOutbox(mailServer.getSmtp().getPort());
        log.start();
        ((Logger) LoggerFactory.getLogger("nl.perspectief.mailoutbox")).addAppender(log);
    }

    @AfterEach
    void stopMailServer() {
        ((Logger) LoggerFactory.getLogger("nl.perspectief.mailoutbox")).detachAppender(log);
        mailServer.stop();
    }

    @Test
    void sendsAQueuedMailOnceToItsRecipientWithTheVariablesInTheBodyAndNoneInTheSubject() throws Exception {
        OutgoingMail mail = appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia de Vries", "PH-2026-00042");
        outbox.outbox.enqueue(mail);

        assertThat(outbox.sender.sendDue(10)).isEqualTo(1);
        assertThat(outbox.sender.sendDue(10)).isZero();

        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("julia@example.org");
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly(MailOutboxFixtures.FROM);
        assertThat(message.getSubject()).isEqualTo("Uw afspraak bij Perspectief Herstelbemiddeling")
                .doesNotContain("Julia", "Vries", "PH-2026");
        assertThat(message.getMessageID()).isEqualTo("<" + mail.mailId() + "@perspectief.test>");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(textOf(message)).contains("Beste Julia de Vries,", "referentie PH-2026-00042", "2 gesprekken",
                "U krijgt voor elk gesprek een herinnering.");
        assertThat(outbox.stateOf(mail.mailId())).isEqualTo("SENT");
        assertThat(outbox.counted("SENT")).isEqualTo(1);
    }

    @Test
    void forgetsTheAddressAndVariablesOnceTheMailIsSent() {
        OutgoingMail mail = appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia de Vries", "PH-2026-00042");
        outbox.outbox.enqueue(mail);

        outbox.sender.sendDue(10);

        var row = outbox.database.jdbc().sql("select sealed_recipient, sealed_model, sent_at, attempts from mail_outbox where mail_id = ?")
                .param(mail.mailId()).query().singleRow();
        assertThat(row.get("sealed_recipient")).isNull();
        assertThat(row.get("sealed_model")).isNull();
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(row.get("attempts")).isEqualTo(1);
    }

    @Test
    void sendsTheHtmlPartBesideTheTextWithTheVariablesEscaped() throws Exception {
        outbox.outbox.enqueue(appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia <b>de Vries</b>", "PH-2026-00042"));

        outbox.sender.sendDue(10);

        MimeMessage message = mailServer.getReceivedMessages()[0];
        assertThat(textOf(message)).contains("Beste Julia <b>de Vries</b>,");
        assertThat(partOf(message, "text/html")).contains("Beste <span>Julia &lt;b&gt;de Vries&lt;/b&gt;</span>,")
                .doesNotContain("<b>");
    }

    @Test
    void writesTheMailInItsOwnLanguage() throws Exception {
        outbox.outbox.enqueue(appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia de Vries", "PH-2026-00042", ENGLISH));

        outbox.sender.sendDue(10);

        MimeMessage message = mailServer.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Your appointment with Perspectief Herstelbemiddeling");
        assertThat(message.getContentLanguage()).containsExactly("en");
        assertThat(textOf(message)).contains("Dear Julia de Vries,", "reference PH-2026-00042");
    }

    @Test
    void triesAgainLaterWhileTheMailServerIsDownAndSendsOnceItIsBack() {
        int port = mailServer.getSmtp().getPort();
        mailServer.stop();
        OutgoingMail mail = appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia de Vries", "PH-2026-00042");
        outbox.outbox.enqueue(mail);

        outbox.sender.sendNext();

        assertThat(outbox.stateOf(mail.mailId())).isEqualTo("PENDING");
        assertThat(lastError(mail.mailId())).isEqualTo("MailConnectException <- ConnectException");
        assertThat(outbox.sender.sendNext()).as("not due again before its back-off has passed").isFalse();
        assertThat(outbox.meters.get(OutboxMetrics.RETRIES).counter().count()).isEqualTo(1);

        mailServer = new GreenMail(ServerSetupTest.SMTP.withPort(port));
        mailServer.start();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> outbox.sender.sendNext());

        assertThat(mailServer.getReceivedMessages()).hasSize(1);
        assertThat(outbox.stateOf(mail.mailId())).isEqualTo("SENT");
        assertThat(attempts(mail.mailId())).isEqualTo(2);
    }

    @Test
    void givesUpAfterTheLastAttemptAndCountsIt() {
        int port = mailServer.getSmtp().getPort();
        mailServer.stop();
        TestOutbox threeAttempts = new TestOutbox(port, 3, Duration.ofMillis(10));
        OutgoingMail mail = appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia de Vries", "PH-2026-00042");
        threeAttempts.outbox.enqueue(mail);

        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    threeAttempts.sender.sendNext();
                    return threeAttempts.stateOf(mail.mailId()).equals("FAILED_PERMANENTLY");
                });

        assertThat(attemptsIn(threeAttempts, mail.mailId())).isEqualTo(3);
        assertThat(threeAttempts.counted("FAILED_PERMANENTLY")).isEqualTo(1);
        assertThat(threeAttempts.meters.get(OutboxMetrics.RETRIES).counter().count()).isEqualTo(2);
        assertThat(threeAttempts.sender.sendNext()).as("never tried again by itself").isFalse();
    }

    @Test
    void dropsAMailWhoseRecipientWasErasedBeforeItWentAndNeverSendsIt() {
        UUID subject = UUID.randomUUID();
        OutgoingMail mail = appointmentFor(subject, "julia@example.org", "Julia de Vries", "PH-2026-00042");
        outbox.outbox.enqueue(mail);

        outbox.subjectKeys.shred(subject);
        outbox.sender.sendDue(10);

        assertThat(mailServer.getReceivedMessages()).isEmpty();
        assertThat(outbox.stateOf(mail.mailId())).isEqualTo("ERASED");
        assertThat(outbox.counted("ERASED")).isEqualTo(1);
        assertThat(outbox.database.jdbc().sql("select sealed_recipient is null and sealed_model is null from mail_outbox where mail_id = ?")
                .param(mail.mailId()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void sendsTheMailsOfARoundOverOneConnectionEachInItsOwnTransaction() throws Exception {
        JavaMailSenderImpl mailSender = TestOutbox.mailServer(mailServer.getSmtp().getPort());
        ByteArrayOutputStream session = new ByteArrayOutputStream();
        mailSender.getSession().setDebugOut(new PrintStream(session, true, StandardCharsets.UTF_8));
        mailSender.getSession().setDebug(true);
        OutboxSender sender = outbox.senderVia(mailSender);
        List<UUID> mails = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            OutgoingMail mail = appointmentFor(UUID.randomUUID(), "client" + i + "@example.org", "Cliënt " + i, "PH-2026-0004" + i);
            outbox.outbox.enqueue(mail);
            mails.add(mail.mailId());
        }

        assertThat(sender.sendDue(10)).isEqualTo(3);

        String said = session.toString(StandardCharsets.UTF_8);
        assertThat(said.lines().filter(line -> line.startsWith("EHLO "))).as("one SMTP session for the round").hasSize(1);
        assertThat(said.lines().filter(line -> line.equals("DATA"))).hasSize(3);
        assertThat(said.lines().filter(line -> line.equals("QUIT"))).hasSize(1);
        assertThat(mailServer.getReceivedMessages()).extracting(MimeMessage::getMessageID)
                .containsExactlyInAnyOrderElementsOf(mails.stream().map(id -> "<" + id + "@perspectief.test>").toList());
        assertThat(mails).allSatisfy(id -> assertThat(outbox.stateOf(id)).isEqualTo("SENT"));
    }

    @Test
    void opensANewConnectionOnceTheServerWentAwayMidRound() throws Exception {
        OutgoingMail first = appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia de Vries", "PH-2026-00042");
        outbox.outbox.enqueue(first);
        OutgoingMail next = appointmentFor(UUID.randomUUID(), "noor@example.org", "Noor El Amrani", "PH-2026-00044");
        try (SmtpConnection smtp = outbox.sender.connection()) {
            assertThat(outbox.sender.sendNext(smtp)).isTrue();
            int port = mailServer.getSmtp().getPort();
            mailServer.stop();
            OutgoingMail lost = appointmentFor(UUID.randomUUID(), "bram@example.org", "Bram Jansen", "PH-2026-00043");
            outbox.outbox.enqueue(lost);
            assertThat(outbox.sender.sendNext(smtp)).isTrue();
            assertThat(outbox.stateOf(lost.mailId())).as("the server went away: tried again later").isEqualTo("PENDING");

            mailServer = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mailServer.start();
            outbox.outbox.enqueue(next);
            // the round's connection died with the first server: the next mail goes over a new one
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> outbox.sender.sendNext(smtp)
                    && "SENT".equals(outbox.stateOf(next.mailId())));
        }
        assertThat(mailServer.getReceivedMessages()).extracting(MimeMessage::getMessageID)
                .contains("<" + next.mailId() + "@perspectief.test>");
    }

    @Test
    void aRoundThatDidAWholeBatchIsFollowedAtOnceByTheNext() {
        for (int i = 0; i < 5; i++) {
            outbox.outbox.enqueue(appointmentFor(UUID.randomUUID(), "client" + i + "@example.org", "Cliënt " + i, "PH-2026-0005" + i));
        }
        OutboxPoller poller = new OutboxPoller(outbox.sender, outbox.metrics, Duration.ofHours(1), 2);

        poller.rounds();

        assertThat(mailServer.getReceivedMessages()).hasSize(5);
        assertThat(outbox.meters.get(OutboxMetrics.PENDING).gauge().value()).isZero();
    }

    @Test
    void countsTheMailsThatWaitAfterEveryRound() {
        mailServer.stop();
        outbox.outbox.enqueue(appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia de Vries", "PH-2026-00042"));
        outbox.outbox.enqueue(appointmentFor(UUID.randomUUID(), "bram@example.org", "Bram Jansen", "PH-2026-00043"));

        outbox.poller.round();

        assertThat(outbox.meters.get(OutboxMetrics.PENDING).gauge().value()).isEqualTo(2);
    }

    @Test
    void logsIdsAndReasonsButNeverAnAddressANameOrAReference() {
        OutgoingMail sent = appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia de Vries", "PH-2026-00042");
        outbox.outbox.enqueue(sent);
        outbox.sender.sendDue(10);
        mailServer.stop();
        outbox.outbox.enqueue(appointmentFor(UUID.randomUUID(), "bram@example.org", "Bram Jansen", "PH-2026-00043"));
        outbox.sender.sendDue(10);

        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anyMatch(line -> line.contains(sent.mailId().toString()) && line.contains("sent"))
                .anyMatch(line -> line.contains("not sent") && line.contains("ConnectException"))
                .noneMatch(line -> line.contains("@example.org") || line.contains("Julia") || line.contains("Bram")
                        || line.contains("PH-2026"));
    }

    static String textOf(Part message) throws Exception {
        return partOf(message, "text/plain");
    }

    /** The first part of that type, wherever the message's structure puts it; null when it has none. */
    static String partOf(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String content = partOf(multipart.getBodyPart(i), type);
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private String lastError(UUID mailId) {
        return outbox.database.jdbc().sql("select last_error from mail_outbox where mail_id = ?").param(mailId).query(String.class).single();
    }

    private int attempts(UUID mailId) {
        return attemptsIn(outbox, mailId);
    }

    private static int attemptsIn(TestOutbox outbox, UUID mailId) {
        return outbox.database.jdbc().sql("select attempts from mail_outbox where mail_id = ?").param(mailId).query(Integer.class).single();
    }
}
